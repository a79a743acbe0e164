using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Resolve stage: learns acronyms an article defines ("Islamic State of Khorasan Province (ISKP)", "the East
/// Turkestan Islamic Movement, ETIM,") when the acronym abbreviates the mention before it, records each as a
/// <see cref="LearnedAlias"/> with its evidence, and applies it to the rest of the article: bare uses become
/// mentions of kind learned, and a curated acronym that means something else is re-pointed (the article's own
/// definition wins inside the article). Needs: resolved mentions. Thread-safe.
/// </summary>
internal sealed class AcronymLearner : IDocumentStage
{
    public string Name => "acronyms";

    public void Process(Document doc)
    {
        var learned = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role.FeedsExtraction())
            {
                Learn(doc, paragraph, learned);
            }
        }

        HashSet<string> undefined = AcronymInitials.Learn(doc, learned);
        if (learned.Count == 0)
        {
            return;
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role.FeedsExtraction())
            {
                Apply(paragraph, learned, undefined);
            }
        }
    }

    private static void Learn(Document doc, Paragraph paragraph, Dictionary<string, Entity> learned)
    {
        foreach (Mention mention in paragraph.Mentions.ToList())
        {
            if (mention.Kind is MentionKind.Demonym or MentionKind.Partial)
            {
                continue;
            }

            int start = AcronymDefinition.After(paragraph, mention.TokenEnd, out int end);
            if (start < 0)
            {
                continue;
            }

            string acronym = paragraph.Normalised[paragraph.Tokens[start].Start..paragraph.Tokens[end - 1].End];
            string name = paragraph.Normalised[mention.Start..mention.End];
            if (!AcronymDefinition.Abbreviates(acronym, name) || mention.Entity.Acronyms.Contains(acronym) || learned.ContainsKey(acronym))
            {
                continue;
            }

            learned[acronym] = mention.Entity;
            int evidenceEnd = paragraph.Tokens[Math.Min(end, paragraph.Tokens.Length - 1)].End;
            doc.LearnedAliases.Add(new LearnedAlias(mention.Entity.Id, acronym, doc.Id, paragraph.Id, paragraph.Location, mention.Start, evidenceEnd));
        }
    }

    /// <summary>
    /// Marks every use of a learned acronym; an acronym the article never defines (<paramref name="undefined"/>,
    /// <see cref="AcronymInitials"/>) only takes uncovered tokens and discovered guesses, never a curated mention.
    /// </summary>
    private static void Apply(Paragraph paragraph, Dictionary<string, Entity> learned, HashSet<string> undefined)
    {
        Token[] tokens = paragraph.Tokens;
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            for (int i = sent.TokenStart; i < sent.TokenEnd; i++)
            {
                foreach ((string acronym, Entity entity) in learned)
                {
                    int end = MatchAcronym(paragraph, i, sent.TokenEnd, acronym);
                    if (end < 0)
                    {
                        continue;
                    }

                    Mention? existing = paragraph.Mentions.Find(m => m.TokenStart <= i && m.TokenEnd > i);
                    if (existing is null)
                    {
                        paragraph.Mentions.Add(new Mention
                        {
                            Start = tokens[i].Start, End = tokens[end - 1].End, TokenStart = i, TokenEnd = end, Sentence = s,
                            Entity = entity, Kind = MentionKind.Learned, Candidates = [new MentionCandidate(entity, MentionKind.Learned, [])],
                        });
                    }
                    else if (existing.TokenStart == i && existing.TokenEnd == end && existing.Entity != entity
                        && (existing.Kind == MentionKind.Discovered || !undefined.Contains(acronym)))
                    {
                        existing.Entity = entity;
                        existing.Kind = MentionKind.Learned;
                        existing.Confidence = 1f;
                    }

                    i = end - 1;
                    break;
                }
            }
        }

        paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>End token of <paramref name="acronym"/> written exactly at token <paramref name="i"/> (it may span tokens, as IS-K does), or -1.</summary>
    private static int MatchAcronym(Paragraph paragraph, int i, int limit, string acronym)
    {
        int from = paragraph.Tokens[i].Start;
        for (int j = i; j < limit; j++)
        {
            int length = paragraph.Tokens[j].End - from;
            if (length > acronym.Length || j > i && paragraph.Tokens[j].Is(TokenShape.SpaceBefore))
            {
                return -1;
            }

            if (length == acronym.Length)
            {
                bool boundary = j + 1 >= paragraph.Tokens.Length || paragraph.Tokens[j + 1].Is(TokenShape.SpaceBefore) || !char.IsLetterOrDigit(paragraph.Normalised[paragraph.Tokens[j + 1].Start]);
                return boundary && paragraph.Normalised.AsSpan(from, length).SequenceEqual(acronym) ? j + 1 : -1;
            }
        }

        return -1;
    }
}
