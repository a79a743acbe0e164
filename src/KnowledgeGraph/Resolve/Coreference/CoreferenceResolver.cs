using System.Runtime.InteropServices;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Resolve stage: links personal and possessive pronouns ("it", "its", "they", "he") and definite descriptions ("the
/// group", "the country", "the two countries", "the president") to an entity the article names earlier in the same
/// paragraph or the <see cref="Window"/> body paragraphs before it, and adds each to <see cref="Paragraph.References"/>.
/// The words and the types they may refer to are data (gazetteers/coreference.yaml). Token cues only: no parse is
/// asked for, so the stage costs a look-up per token. First person, anything inside quotation marks and an expletive
/// "it" ("it is important to") are never resolved. Needs: tokens, sentences, resolved mentions. Thread-safe.
/// </summary>
internal sealed class CoreferenceResolver : IDocumentStage
{
    /// <summary>Body paragraphs before the reference's own that may hold its antecedent.</summary>
    public const int Window = 2;

    /// <summary>A resolved reference at or above this confidence is itself a candidate for the next ("It … it …").</summary>
    public const float ChainFrom = Reference.Sure;

    /// <summary>Confidence of a possessive resolved forward, to the subject after an opening phrase ("In his speech, Xi said").</summary>
    public const float CataphorConfidence = 0.9f;

    /// <summary>Titles that may stand between "and" and the second name ("Chris Wray and MI5 Director Ken McCallum").</summary>
    public const int TitleReach = 4;

    private readonly CoreferenceCues cues;
    private readonly CandidateBuilder builder;
    private readonly ReferenceFinder finder;
    private readonly UnnamedPluralSubject unnamedPlurals;

    /// <param name="cues">The pronouns, descriptions and cue words of coreference.yaml.</param>
    /// <param name="entities">The gazetteer's entities by id, for the state a regime rules (<see cref="RuledStates"/>); none when null.</param>
    /// <param name="all">The gazetteer's entities, for a state's force (<see cref="StateForces"/>) and the country a company's name writes (<see cref="CompanyHomes"/>); none when null.</param>
    public CoreferenceResolver(CoreferenceCues cues, Func<string, Entity?>? entities = null, IEnumerable<Entity>? all = null)
    {
        this.cues = cues;
        builder = new CandidateBuilder(cues);
        finder = new ReferenceFinder(cues, builder, entities is null ? null : new RuledStates(entities), all is null ? null : new StateForces(cues, all),
            all is null ? null : new CompanyHomes(all));
        unnamedPlurals = new UnnamedPluralSubject(cues);
    }

    public string Name => "coreference";

    public void Process(Document doc)
    {
        if (cues.IsEmpty)
        {
            return;
        }

        var candidates = new List<AntecedentCandidate>();
        // Candidates out of the window, read only for a description of a narrow kind (KindAntecedent).
        var older = new List<AntecedentCandidate>();
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        var titles = new PersonTitles();
        int sentence = 0, body = 0, unnamedPlural = -2;
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role != LineRole.Body)
            {
                continue;
            }

            paragraph.References.Clear();
            foreach (AntecedentCandidate c in candidates)
            {
                if (c.BodyParagraph < body - Window)
                {
                    older.Add(c);
                }
            }

            candidates.RemoveAll(c => c.BodyParagraph < body - Window);
            Walk(paragraph, candidates, older, named, titles, ref sentence, ref unnamedPlural, body);
            body++;
        }
    }

    /// <summary>
    /// Resolves the references of <paramref name="paragraph"/>; <paramref name="unnamedPlural"/> is the running index of
    /// the last sentence that opened with an unnamed plural noun (<see cref="UnnamedPluralSubject"/>); <paramref name="named"/>
    /// counts the article's mentions so far by entity id.
    /// </summary>
    private void Walk(
        Paragraph paragraph, List<AntecedentCandidate> candidates, List<AntecedentCandidate> older, Dictionary<string, int> named, PersonTitles titles,
        ref int sentence, ref int unnamedPlural, int body)
    {
        List<Mention> mentions = paragraph.Mentions;
        Token[] tokens = paragraph.Tokens;
        int m = 0;
        bool quoted = false;
        for (int s = 0; s < paragraph.Sentences.Length; s++, sentence++)
        {
            Sentence sent = paragraph.Sentences[s];
            bool firstMention = true;
            // The token after the dash of a dateline opening the sentence: the names before it say where and by whom the report
            // was filed ("QUETTA, February 3 (Reuters) -", "JIZZAKH, Uzbekistan, February 10 (Reuters) -"), none of them an
            // antecedent.
            int bodyStart = -1;
            bool pluralBefore = unnamedPlural == sentence - 1;
            if (unnamedPlurals.Opens(paragraph, sent))
            {
                unnamedPlural = sentence;
            }

            for (int t = sent.TokenStart; t < sent.TokenEnd; t++)
            {
                while (m < mentions.Count && mentions[m].TokenEnd <= t)
                {
                    m++;
                }

                if (m < mentions.Count && mentions[m].TokenStart <= t)
                {
                    int end = t;
                    // A dateline is no antecedent, nor is a country or agency it names; after a bare dateline the subject is still
                    // the sentence's first mention, and so is the name after a possessor ("Pakistan's army said …"). A name inside
                    // the dateline keeps the place of the first mention it always took, so which name after it reads as a
                    // subject does not change.
                    bool firstStillAhead = true;
                    for (; m < mentions.Count && mentions[m].TokenStart <= t; m++)
                    {
                        if (Dateline.Opens(paragraph, sent, mentions[m]))
                        {
                            bodyStart = Dateline.Dash(paragraph, sent, mentions[m].TokenEnd) + 1;
                        }
                        else if (mentions[m].TokenStart < bodyStart)
                        {
                            firstStillAhead = false;
                        }
                        else
                        {
                            firstStillAhead = builder.Add(paragraph, mentions[m], candidates, titles, sentence, body, sent, firstMention) && firstMention;
                            CollectionsMarshal.GetValueRefOrAddDefault(named, mentions[m].Entity.Id, out _)++;
                        }

                        end = Math.Max(end, mentions[m].TokenEnd - 1);
                    }

                    firstMention &= firstStillAhead;
                    t = end;
                    continue;
                }

                Token token = tokens[t];
                if (token.Kind == TokenKind.Punctuation && paragraph.Normalised[token.Start] == '"')
                {
                    quoted = !quoted;
                    continue;
                }

                if (quoted || token.Kind != TokenKind.Word)
                {
                    continue;
                }

                int limit = m < mentions.Count ? Math.Min(mentions[m].TokenStart, sent.TokenEnd) : sent.TokenEnd;
                Reference? reference = finder.DemonymTitle(paragraph, t, m, sent, s, sentence, candidates, titles, out int last)
                    ?? finder.Find(paragraph, t, limit, sent, s, sentence, candidates, older, named, titles, pluralBefore || (unnamedPlural == sentence && t > sent.TokenStart), out last);
                if (reference is not null)
                {
                    paragraph.References.Add(reference);
                    if (reference.Confidence >= ChainFrom)
                    {
                        candidates.Add(new AntecedentCandidate(reference.Antecedent, reference.AntecedentParagraph, sentence, body, builder.IsSubject(paragraph, sent, t, firstMention), Chained: true)
                        {
                            AfterPreposition = builder.AfterPreposition(paragraph, sent, t),
                            Confidence = reference.Confidence,
                            // "the Uzbeks … their visitor … it": a plural reference to a people of this sentence.
                            People = reference.AntecedentParagraph == paragraph.Index && builder.IsPeople(paragraph, sent, reference.Antecedent)
                                && builder.IsPluralPronoun(paragraph.Text.AsSpan(reference.Start, reference.End - reference.Start)),
                        });
                    }
                }

                t = last;
            }
        }
    }
}
