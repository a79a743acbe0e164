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

    private readonly CoreferenceCues cues;
    private readonly ReferenceWords words;
    private readonly ExpletiveIt expletive;
    private readonly ClauseAnchors anchors;
    private readonly UnnamedPluralSubject unnamedPlurals;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> notSubjectAfter;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> demonymActors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> subjectBefore;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> topicOpeners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> credentials;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ownCountry;
    /// <summary>The last words of coreference.yaml's descriptions (group, regime, government…).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> descriptionHeads;
    /// <summary>The one-word plural pronouns of coreference.yaml (they, them, their).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pluralPronouns;

    public CoreferenceResolver(CoreferenceCues cues)
    {
        this.cues = cues;
        words = new ReferenceWords(cues);
        expletive = new ExpletiveIt(cues.Expletive);
        anchors = new ClauseAnchors(cues);
        unnamedPlurals = new UnnamedPluralSubject(cues);
        notSubjectAfter = new HashSet<string>(cues.NotSubjectAfter, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        demonymActors = new HashSet<string>(cues.DemonymActors, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        subjectBefore = new HashSet<string>(cues.SubjectBefore, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        topicOpeners = new HashSet<string>(cues.TopicOpeners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        credentials = new HashSet<string>(cues.Credentials, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        ownCountry = new HashSet<string>(cues.OwnCountry, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        descriptionHeads = new HashSet<string>(cues.Descriptions.SelectMany(r => r.Words).Select(w => w[^1]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        pluralPronouns = new HashSet<string>(
            cues.Pronouns.Where(r => r.Plural).SelectMany(r => r.Words).Where(w => w.Length == 1).Select(w => w[0]),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
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
                    // A dateline is no antecedent, and the subject after it is still the sentence's first mention; so is the
                    // name after a possessor ("Pakistan's army said …").
                    bool firstStillAhead = true;
                    for (; m < mentions.Count && mentions[m].TokenStart <= t; m++)
                    {
                        if (!Dateline.Opens(paragraph, sent, mentions[m]))
                        {
                            firstStillAhead = Add(paragraph, mentions[m], candidates, titles, sentence, body, sent, firstMention) && firstMention;
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
                Reference? reference = DemonymTitle(paragraph, t, m, sent, s, sentence, candidates, titles, out int last)
                    ?? Find(paragraph, t, limit, sent, s, sentence, candidates, older, named, titles, pluralBefore || (unnamedPlural == sentence && t > sent.TokenStart), out last);
                if (reference is not null)
                {
                    paragraph.References.Add(reference);
                    if (reference.Confidence >= ChainFrom)
                    {
                        candidates.Add(new AntecedentCandidate(reference.Antecedent, reference.AntecedentParagraph, sentence, body, IsSubject(paragraph, sent, t, firstMention), Chained: true)
                        {
                            AfterPreposition = AfterPreposition(paragraph, sent, t),
                            Confidence = reference.Confidence,
                            // "the Uzbeks … their visitor … it": a plural reference to a people of this sentence.
                            People = reference.AntecedentParagraph == paragraph.Index && IsPeople(paragraph, sent, reference.Antecedent)
                                && pluralPronouns.Contains(paragraph.Text.AsSpan(reference.Start, reference.End - reference.Start)),
                        });
                    }
                }

                t = last;
            }
        }
    }

    /// <summary>
    /// The reference starting at token <paramref name="t"/>, if one resolves; <paramref name="last"/> is its last token.
    /// A plural pronoun right after an unnamed plural subject (<paramref name="unnamedPluralBefore"/>: "Guerrillas
    /// killed an engineer. They also killed …") refers to those people and resolves to no entity.
    /// </summary>
    private Reference? Find(
        Paragraph paragraph, int t, int limit, Sentence sent, int s, int sentence, List<AntecedentCandidate> candidates,
        List<AntecedentCandidate> older, Dictionary<string, int> named, PersonTitles titles, bool unnamedPluralBefore, out int last)
    {
        last = t;
        CoreferenceRule? rule = words.Pronoun(paragraph, t);
        if (rule is { Plural: true } && unnamedPluralBefore)
        {
            return null;
        }

        string[] ruleWords = [];
        int end = t + 1;
        if (rule is null)
        {
            if (words.Description(paragraph, t, limit, sent.TokenEnd) is not { } description)
            {
                return null;
            }

            (rule, end) = description;
            ruleWords = Words(paragraph, t + 1, end);
            last = end - 1;
        }
        else if (paragraph.Span(paragraph.Tokens[t]).Equals("it", StringComparison.OrdinalIgnoreCase)
            && expletive.IsExpletive(paragraph, t, sent.TokenStart, sent.TokenEnd))
        {
            return null;
        }

        if (rule.Kind == ReferenceKind.Possessive && Cataphor(paragraph, t, sent, s, rule) is { } forward)
        {
            return forward;
        }

        bool objectPronoun = rule.Kind == ReferenceKind.Pronoun && IsObjectForm(paragraph.Span(paragraph.Tokens[t]));
        bool subject = rule.Kind != ReferenceKind.Possessive && (t == sent.TokenStart || paragraph.Tokens[t - 1].Kind == TokenKind.Punctuation);
        var at = (paragraph.Tokens[t].Start, paragraph.Tokens[end - 1].End, t, end, s);
        int controller = rule.Kind == ReferenceKind.Possessive ? anchors.Controller(paragraph, t, s, sent.TokenStart) : -1;
        controller = controller < 0 && rule.Kind == ReferenceKind.Possessive ? ClauseAnchors.RelativeAntecedent(paragraph, t, s, sent.TokenStart) : controller;
        int reporter = rule.Kind is ReferenceKind.Pronoun or ReferenceKind.Possessive && !objectPronoun ? anchors.Reporter(paragraph, t, s, sent, rule.Kind == ReferenceKind.Possessive)
            : rule.Kind == ReferenceKind.Description ? ClauseAnchors.ApposedPossessor(paragraph, t, s) : -1;
        bool locatedAfter = rule.Kind == ReferenceKind.Description && PlaceAfterIn(paragraph, end, sent.TokenEnd);
        // "the credentials of its ambassador": the sender is named in the sentence, and the subject receives them.
        bool credentialed = rule.Kind == ReferenceKind.Possessive && t > sent.TokenStart + 2 && paragraph.Span(paragraph.Tokens[t - 1]) is "of"
            && credentials.Contains(paragraph.Span(paragraph.Tokens[t - 2]));
        Entity? leftOut = credentialed ? Receiver(candidates, sentence)
            : rule is { Count: 2, Kind: ReferenceKind.Description } && t > sent.TokenStart + 2
            && anchors.IsArgumentOpener(paragraph.Span(paragraph.Tokens[t - 1])) ? RelationPossessor.Find(paragraph, t, s, sent.TokenStart) : null;
        Reference? found = AntecedentChooser.Choose(rule, ruleWords, credentialed ? candidates.FindAll(c => c.Sentence == sentence) : candidates,
            titles, sentence, objectPronoun, subject, at,
            locatedAfter: locatedAfter,
            clauseStart: controller >= 0 ? controller : objectPronoun || rule.Kind == ReferenceKind.Possessive ? anchors.ClauseStart(paragraph, t, sent.TokenStart)
                : rule is { Count: 2, Kind: ReferenceKind.Description } ? anchors.OwnClauseStart(paragraph, t, sent.TokenStart) : -1,
            controlled: controller >= 0, reporter: reporter, named: named, argument: rule.Count == 2 && anchors.Argument(paragraph, t, sent.TokenStart),
            objectDescription: rule.Kind == ReferenceKind.Description && !subject
                && !(end < sent.TokenEnd && subjectBefore.Contains(paragraph.Span(paragraph.Tokens[end]))),
            excluded: leftOut, paragraph: paragraph.Index, opensSentence: t == sent.TokenStart);
        if (found is null && !locatedAfter && KindAntecedent.Applies(rule))
        {
            // "the canal" paragraphs after "the Qosh Tepa canal": the article's only canal.
            return KindAntecedent.Choose(rule, older, candidates, sentence, at);
        }

        if (found is { Kind: ReferenceKind.Possessive } && found.Entity.Type == EntityType.Person && t + 1 < sent.TokenEnd
            && ownCountry.Contains(paragraph.Span(paragraph.Tokens[t + 1])) && OwnCountry(paragraph, found, candidates) is { } country)
        {
            last = t + 1;
            return new Reference
            {
                Start = found.Start,
                End = paragraph.Tokens[t + 1].End,
                TokenStart = t,
                TokenEnd = t + 2,
                Sentence = s,
                Kind = ReferenceKind.Description,
                Entity = country.Entity,
                Antecedent = country.Mention,
                AntecedentParagraph = country.Paragraph,
                Confidence = found.Confidence,
            };
        }

        // "China's mediation between its two neighbours": a description of two after a possessive are the two the
        // article names besides the possessor.
        if (found is { Kind: ReferenceKind.Possessive } && words.PairAfter(paragraph, t + 1, limit, sent.TokenEnd) is { } pair)
        {
            var span = (paragraph.Tokens[t].Start, paragraph.Tokens[pair.End - 1].End, t, pair.End, s);
            Reference? others = AntecedentChooser.Choose(pair.Rule, Words(paragraph, t + 1, pair.End), candidates, titles, sentence, false, false, span,
                named: named, argument: anchors.Argument(paragraph, t, sent.TokenStart), excluded: found.Entity);
            if (others is not null)
            {
                last = pair.End - 1;
                return others;
            }
        }

        return found;
    }

    /// <summary>
    /// The country of "his country": the person <paramref name="person"/> resolved to serves it by a curated role (the
    /// latest candidate of that country), or its demonym or name ends at most <see cref="PersonTitles.Reach"/> + 1
    /// tokens before the person's mention ("Chinese Ambassador to Afghanistan Wang Yu" is not Afghanistan's: the
    /// curated role comes first; "Kazakh President Kassym-Jomart Tokayev"). Null when neither is in the window.
    /// </summary>
    private static AntecedentCandidate? OwnCountry(Paragraph paragraph, Reference person, List<AntecedentCandidate> candidates)
    {
        foreach (PersonRole role in person.Entity.Roles)
        {
            for (int i = candidates.Count - 1; i >= 0; i--)
            {
                if (candidates[i].Entity.Type == EntityType.Country && string.Equals(candidates[i].Entity.Id, role.Of, StringComparison.Ordinal))
                {
                    return candidates[i];
                }
            }
        }

        Mention named = person.Antecedent;
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (c.Paragraph == person.AntecedentParagraph && !c.Chained && c.Entity.Type == EntityType.Country && c.Mention.Sentence == named.Sentence
                && c.Mention.TokenEnd <= named.TokenStart && named.TokenStart - c.Mention.TokenEnd <= PersonTitles.Reach + 1)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The subject of sentence <paramref name="sentence"/> that receives an envoy's credentials, or null.</summary>
    private static Entity? Receiver(List<AntecedentCandidate> candidates, int sentence)
    {
        Entity? subject = null;
        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Sentence == sentence; i--)
        {
            subject = candidates[i] is { Chained: false, Subject: true } c ? c.Entity : subject;
        }

        return subject;
    }

    /// <summary>
    /// "the Chinese leader", "the Afghan president": "the", a country's demonym and a title description refer to a
    /// person who holds the title and serves that country (<see cref="PersonTitles.Serves"/>); the demonym is then part
    /// of the reference, not a party of its own. Null when no such person is near, and the demonym reads as before.
    /// </summary>
    private Reference? DemonymTitle(
        Paragraph paragraph, int t, int m, Sentence sent, int s, int sentence, List<AntecedentCandidate> candidates, PersonTitles titles, out int last)
    {
        last = t;
        List<Mention> mentions = paragraph.Mentions;
        if (m >= mentions.Count || mentions[m] is not { Kind: MentionKind.Demonym } demonym || demonym.TokenStart != t + 1
            || demonym.Entity.Type != EntityType.Country || demonym.TokenEnd >= sent.TokenEnd
            || !paragraph.Span(paragraph.Tokens[t]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int limit = m + 1 < mentions.Count ? Math.Min(mentions[m + 1].TokenStart, sent.TokenEnd) : sent.TokenEnd;
        if (words.TitleAt(paragraph, demonym.TokenEnd, limit, sent.TokenEnd) is not { } title)
        {
            return null;
        }

        (CoreferenceRule rule, int end) = title;
        bool subject = t == sent.TokenStart || paragraph.Tokens[t - 1].Kind == TokenKind.Punctuation;
        var at = (paragraph.Tokens[t].Start, paragraph.Tokens[end - 1].End, t, end, s);
        Reference? reference = AntecedentChooser.Choose(
            rule, Words(paragraph, demonym.TokenEnd, end), candidates, titles, sentence, objectPronoun: false, subject, at,
            (demonym.Entity, paragraph.Text[demonym.Start..demonym.End]));
        if (reference is null)
        {
            return null;
        }

        last = end - 1;
        reference.Nationality = demonym;
        return reference;
    }

    /// <summary>
    /// "The Russians launched their attack": a country's demonym after "the", written as a plural people ("-s", "-ese",
    /// "-sh", "-ch") and heading its phrase (no noun and no capitalised word after it).
    /// </summary>
    private bool IsPeople(Paragraph paragraph, Sentence sent, Mention mention)
    {
        if (mention.Kind != MentionKind.Demonym || mention.Entity.Type != EntityType.Country || mention.TokenStart <= sent.TokenStart
            || !paragraph.Span(paragraph.Tokens[mention.TokenStart - 1]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> word = paragraph.Text.AsSpan(mention.Start, mention.End - mention.Start);
        bool plural = word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal);
        if (!plural || !PluralPronounAfter(paragraph, mention.TokenEnd, sent.TokenEnd))
        {
            return false;
        }

        // "the Chinese economy" is no people: the word after must be no noun, nor a hyphen ("the Chinese-built railway");
        // "the Turkish Ottoman Empire": a capitalised word after it makes it a name's modifier.
        int next = mention.TokenEnd;
        return next >= sent.TokenEnd || paragraph.Tokens[next].Kind != TokenKind.Word && !paragraph.Span(paragraph.Tokens[next]).Equals("-", StringComparison.Ordinal)
            || char.IsLower(paragraph.Span(paragraph.Tokens[next])[0])
                && paragraph.Syntax?.Upos(next) is Upos.Verb or Upos.Aux or Upos.Adv or Upos.Adp or Upos.Sconj or Upos.Cconj or Upos.Pron;
    }

    /// <summary>
    /// Whether a plural pronoun ("they", "them", "their") stands in [<paramref name="from"/>, <paramref name="end"/>): only then may a
    /// people be an antecedent, so only then is the sentence tagged.
    /// </summary>
    private bool PluralPronounAfter(Paragraph paragraph, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (pluralPronouns.Contains(paragraph.Span(paragraph.Tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds <paramref name="mention"/> as a candidate; true when it is the possessor of the name right after it ("Pakistan's
    /// army", "China's Foreign Ministry"): that name, not the possessor, is then the head of the phrase and may be the
    /// subject.
    /// </summary>
    private bool Add(Paragraph paragraph, Mention mention, List<AntecedentCandidate> candidates, PersonTitles titles, int sentence, int body, Sentence sent, bool firstMention)
    {
        if (mention.Entity.Type == EntityType.Person)
        {
            titles.Note(paragraph, mention);
        }

        // "… that Iran has used": a mention before an auxiliary is a subject, unless a preposition binds it ("the
        // footprint in Africa has grown").
        bool afterPreposition = AfterPreposition(paragraph, sent, mention.TokenStart);
        // "China and Russia": the two conjuncts are one plural antecedent, and neither is the antecedent of "it".
        int first = Conjunct(paragraph, sent, mention, candidates);
        Mention? partner = first < 0 ? null : candidates[first].Mention;
        if (first >= 0)
        {
            candidates[first] = candidates[first] with { Coordinated = true };
        }

        bool ownsName = Possessor(paragraph, sent, mention.TokenEnd) && paragraph.Mentions.Exists(n => n.TokenStart == mention.TokenEnd + 1);
        bool subject = !ownsName && IsSubject(paragraph, sent, mention.TokenStart, firstMention)
            || !ownsName && !afterPreposition && mention.TokenEnd < sent.TokenEnd && subjectBefore.Contains(paragraph.Span(paragraph.Tokens[mention.TokenEnd]))
            || Topic(paragraph, sent, mention);
        candidates.Add(new AntecedentCandidate(mention, paragraph.Index, sentence, body, subject, Chained: false)
        {
            DemonymHead = mention.Kind == MentionKind.Demonym && mention.TokenEnd < sent.TokenEnd
                && demonymActors.Contains(paragraph.Span(paragraph.Tokens[mention.TokenEnd])),
            People = IsPeople(paragraph, sent, mention),
            AfterPreposition = afterPreposition,
            Modifier = HyphenJoined(paragraph, sent, mention.TokenEnd) || !subject && Possessor(paragraph, sent, mention.TokenEnd),
            Partner = partner,
            PartnerParagraph = paragraph.Index,
            Coordinated = partner is not null,
            Listed = first < 0 ? 0 : Listed(paragraph, candidates, first),
            Head = Head(paragraph, sent, mention),
        });
        return ownsName;
    }

    /// <summary>
    /// The description noun written right after the mention, or after its "'s" ("the Syrian regime", "Syria's
    /// government"), or heading an apposition after its comma ("Jamaat Ansarullah, a militant group"), as coreference.yaml
    /// spells it; null when there is none.
    /// </summary>
    private string? Head(Paragraph paragraph, Sentence sent, Mention mention)
    {
        int next = mention.TokenEnd;
        if (next < sent.TokenEnd && paragraph.Normalised.AsSpan(paragraph.Tokens[next].Start, paragraph.Tokens[next].Length) is "'s")
        {
            next++;
        }

        if (next < sent.TokenEnd && descriptionHeads.TryGetValue(paragraph.Span(paragraph.Tokens[next]), out string? head))
        {
            return head;
        }

        // "The Balochistan Liberation Army (BLA), a separatist group": the apposition may follow a bracketed short name,
        // read from the name before the brackets or from the short name in them.
        const int MaxBracketed = 4;
        if (next < sent.TokenEnd && paragraph.Span(paragraph.Tokens[next]) is "(")
        {
            int close = next + 1;
            while (close < sent.TokenEnd && close <= next + MaxBracketed && paragraph.Span(paragraph.Tokens[close]) is not ")")
            {
                close++;
            }

            next = close < sent.TokenEnd && paragraph.Span(paragraph.Tokens[close]) is ")" ? close : next;
        }

        next += next + 1 < sent.TokenEnd && paragraph.Span(paragraph.Tokens[next]) is ")" ? 1 : 0;

        // "Jamaat Ansarullah, a militant group of mostly Tajik fighters": the noun of an apposition after the comma.
        const int MaxApposedWords = 4;
        if (next + 1 < sent.TokenEnd && paragraph.Span(paragraph.Tokens[next]) is "," && paragraph.Span(paragraph.Tokens[next + 1]) is "a" or "an" or "the")
        {
            for (int k = next + 2; k < sent.TokenEnd && k <= next + 1 + MaxApposedWords && paragraph.Tokens[k].Kind == TokenKind.Word; k++)
            {
                if (descriptionHeads.TryGetValue(paragraph.Span(paragraph.Tokens[k]), out string? apposed))
                {
                    return apposed;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "For China, the end of the Soviet Union meant that it …": the name a topic phrase opening the sentence holds, right
    /// before its comma, is whom the sentence is about, as a subject is.
    /// </summary>
    private bool Topic(Paragraph paragraph, Sentence sent, Mention mention) =>
        mention.TokenStart == sent.TokenStart + 1 && mention.TokenEnd < sent.TokenEnd
        && topicOpeners.Contains(paragraph.Span(paragraph.Tokens[sent.TokenStart])) && paragraph.Span(paragraph.Tokens[mention.TokenEnd]) is ",";

    /// <summary>The first mention of a sentence that no preposition or conjunction introduces looks like its subject.</summary>
    private bool IsSubject(Paragraph paragraph, Sentence sent, int t, bool firstMention) =>
        firstMention && (t == sent.TokenStart || !notSubjectAfter.Contains(paragraph.Span(paragraph.Tokens[t - 1])));

    /// <summary>Confidence of a possessive resolved forward, to the subject after an opening phrase ("In his speech, Xi said").</summary>
    public const float CataphorConfidence = 0.9f;

    /// <summary>
    /// "In his speech, Xi said …", "Its economy weakened, Laos …": a possessive in a sentence's opening phrase refers to
    /// the mention right after the phrase's comma when that mention fits.
    /// </summary>
    private Reference? Cataphor(Paragraph paragraph, int t, Sentence sent, int s, CoreferenceRule rule)
    {
        if (t > sent.TokenStart + 1 || t == sent.TokenStart + 1 && !notSubjectAfter.Contains(paragraph.Span(paragraph.Tokens[sent.TokenStart])))
        {
            return null;
        }

        int comma = t + 1;
        while (comma < sent.TokenEnd && comma <= t + 8 && paragraph.Span(paragraph.Tokens[comma]) is not ",")
        {
            comma++;
        }

        if (comma >= sent.TokenEnd || comma > t + 8)
        {
            return null;
        }

        Mention? subject = paragraph.Mentions.Find(m => m.TokenStart == comma + 1);
        // "Its national gas company, QazaqGaz, co-owns …": a name set off by a second comma is in apposition to the phrase
        // the possessive opens, not the subject it anticipates ("Its economy in tatters, Pakistan turned to the IMF").
        if (subject is null || rule.Fit(subject.Entity) < 0 || subject.Kind == MentionKind.Demonym
            || subject.TokenEnd < sent.TokenEnd && paragraph.Span(paragraph.Tokens[subject.TokenEnd]) is ",")
        {
            return null;
        }

        return new Reference
        {
            Start = paragraph.Tokens[t].Start,
            End = paragraph.Tokens[t].End,
            TokenStart = t,
            TokenEnd = t + 1,
            Sentence = s,
            Kind = rule.Kind,
            Entity = subject.Entity,
            Antecedent = subject,
            AntecedentParagraph = paragraph.Index,
            Confidence = CataphorConfidence,
        };
    }

    /// <summary>Titles that may stand between "and" and the second name ("Chris Wray and MI5 Director Ken McCallum").</summary>
    public const int TitleReach = 4;

    /// <summary>
    /// The index in <paramref name="candidates"/> of the first of two names of one type joined by "and" when
    /// <paramref name="mention"/> is the second ("China and Russia", "Chris Wray and MI5 Director Ken McCallum"), or -1.
    /// </summary>
    private static int Conjunct(Paragraph paragraph, Sentence sent, Mention mention, List<AntecedentCandidate> candidates)
    {
        int and = mention.TokenStart - 1;
        while (and > sent.TokenStart && and >= mention.TokenStart - 1 - TitleReach && paragraph.Tokens[and].Is(TokenShape.Capitalised))
        {
            and--;
        }

        if (and <= sent.TokenStart || paragraph.Span(paragraph.Tokens[and]) is not "and")
        {
            return -1;
        }

        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Paragraph == paragraph.Index; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (!c.Chained && c.Mention.TokenEnd == and)
            {
                return c.Entity.Type == mention.Entity.Type && c.Entity != mention.Entity ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// How many names a coordination joins whose last "and" has candidate <paramref name="first"/> before it: that one,
    /// the name after "and", and each name of its type right before it with only a comma between ("China, Afghanistan
    /// and Pakistan": 3).
    /// </summary>
    private static int Listed(Paragraph paragraph, List<AntecedentCandidate> candidates, int first)
    {
        int listed = 2;
        for (int k = first; k > 0; k--, listed++)
        {
            AntecedentCandidate before = candidates[k - 1], after = candidates[k];
            if (before.Chained || before.Paragraph != after.Paragraph || before.Sentence != after.Sentence || before.Entity.Type != after.Entity.Type
                || after.Mention.TokenStart - before.Mention.TokenEnd != 1 || paragraph.Span(paragraph.Tokens[before.Mention.TokenEnd]) is not ",")
            {
                break;
            }
        }

        return listed;
    }

    /// <summary>True when "in" and a country or place mention follow token <paramref name="end"/> ("the port in Gwadar").</summary>
    private static bool PlaceAfterIn(Paragraph paragraph, int end, int sentenceEnd)
    {
        if (end + 1 >= sentenceEnd || !paragraph.Span(paragraph.Tokens[end]).Equals("in", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.TokenStart == end + 1)
            {
                return mention.Entity.Type is EntityType.Place or EntityType.Country;
            }
        }

        return false;
    }

    /// <summary>True when a hyphen right after the mention, with no space around it, joins it to a word.</summary>
    private static bool HyphenJoined(Paragraph paragraph, Sentence sent, int end) =>
        end + 1 < sent.TokenEnd && paragraph.Span(paragraph.Tokens[end]) is "-"
        && paragraph.Tokens[end].Start == paragraph.Tokens[end - 1].End && paragraph.Tokens[end + 1].Start == paragraph.Tokens[end].End;

    /// <summary>True when "'s" and a word follow the mention ("Afghanistan's neighbours"): it modifies the noun after it.</summary>
    private static bool Possessor(Paragraph paragraph, Sentence sent, int end) =>
        end + 1 < sent.TokenEnd && paragraph.Normalised.AsSpan(paragraph.Tokens[end].Start, paragraph.Tokens[end].Length) is "'s"
        && paragraph.Tokens[end + 1].Kind == TokenKind.Word;

    /// <summary>True when a preposition stands right before token <paramref name="t"/>, or before an article there ("of the Soviet Union").</summary>
    private bool AfterPreposition(Paragraph paragraph, Sentence sent, int t)
    {
        if (t > sent.TokenStart + 1 && paragraph.Span(paragraph.Tokens[t - 1]) is "the" or "a" or "an")
        {
            t--;
        }

        return t > sent.TokenStart && notSubjectAfter.Contains(paragraph.Span(paragraph.Tokens[t - 1]));
    }

    private static bool IsObjectForm(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase);

    private static string[] Words(Paragraph paragraph, int start, int end)
    {
        var list = new string[end - start];
        for (int i = start; i < end; i++)
        {
            list[i - start] = paragraph.Text[paragraph.Tokens[i].Start..paragraph.Tokens[i].End];
        }

        return list;
    }
}
