using KnowledgeGraph.Model;

namespace KnowledgeGraph.Build;

/// <summary>
/// Finds co-mentions in one processed article: every pair of distinct entities sharing a sentence (sentence scope),
/// and every pair sharing a paragraph but no sentence in it (paragraph scope, the weaker evidence, counted separately). Rules: only paragraphs whose role feeds
/// extraction (Title, Body) count, whatever mentions other roles carry; a paragraph id met twice in the article
/// counts once; an entity never pairs with itself; a pair is flagged <see cref="CoMentionOccurrence.DemonymOnly"/>
/// when one side has only <see cref="MentionKind.Demonym"/> mentions in that scope. A sure reference
/// (<see cref="Reference.IsSure"/>: "it" where only China can be meant) counts as a mention of its entity, or of each
/// entity of "the two countries"; a less certain one does not.
/// </summary>
internal static class CoMentionExtractor
{
    public static List<CoMentionOccurrence> Extract(Document doc)
    {
        var occurrences = new List<CoMentionOccurrence>();
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal);
        var inSentences = new HashSet<(string, string)>();
        var scope = new List<(string Entity, bool DemonymOnly)>();
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (!paragraph.Role.FeedsExtraction() || paragraph.Mentions.Count + paragraph.References.Count < 2 || !seenParagraphs.Add(paragraph.Id))
            {
                continue;
            }

            Occurrence[] mentions = Occurrences(paragraph);
            Array.Sort(mentions, BySentenceThenEntity);
            inSentences.Clear();
            for (int at = 0; at < mentions.Length;)
            {
                int sentence = mentions[at].Sentence;
                int end = at;
                while (end < mentions.Length && mentions[end].Sentence == sentence)
                {
                    end++;
                }

                Distinct(mentions.AsSpan(at, end - at), scope);
                if (scope.Count >= 2)
                {
                    AddPairs(scope, paragraph.Id, StoreIds.Sentence(paragraph, sentence), occurrences, inSentences, record: true);
                }

                at = end;
            }

            // Paragraph scope only for pairs that share no sentence here: a sentence occurrence already names the
            // paragraph, so the paragraph count (distinct paragraph ids over all occurrences) stays exact.
            Array.Sort(mentions, ByEntity);
            Distinct(mentions, scope);
            AddPairs(scope, paragraph.Id, "", occurrences, inSentences, record: false);
        }

        return occurrences;
    }

    /// <summary>A mention, or a sure reference, reduced to what co-mention counting reads.</summary>
    private readonly record struct Occurrence(int Sentence, string Entity, bool IsDemonym);

    /// <summary>The paragraph's mentions and the entities of its sure references.</summary>
    private static Occurrence[] Occurrences(Paragraph paragraph)
    {
        var list = new List<Occurrence>(paragraph.Mentions.Count + paragraph.References.Count);
        foreach (Mention mention in paragraph.Mentions)
        {
            list.Add(new Occurrence(mention.Sentence, mention.Entity.Id, mention.Kind == MentionKind.Demonym));
        }

        foreach (Reference reference in paragraph.References)
        {
            if (!reference.IsSure)
            {
                continue;
            }

            list.Add(new Occurrence(reference.Sentence, reference.Entity.Id, false));
            foreach (Mention other in reference.OtherAntecedents)
            {
                list.Add(new Occurrence(reference.Sentence, other.Entity.Id, false));
            }
        }

        return [.. list];
    }

    /// <summary>The distinct entities of <paramref name="mentions"/> (sorted by entity id), each with whether all its mentions there are demonyms.</summary>
    private static void Distinct(ReadOnlySpan<Occurrence> mentions, List<(string Entity, bool DemonymOnly)> scope)
    {
        scope.Clear();
        foreach (Occurrence mention in mentions)
        {
            bool isDemonym = mention.IsDemonym;
            if (scope.Count > 0 && scope[^1].Entity == mention.Entity)
            {
                scope[^1] = (mention.Entity, scope[^1].DemonymOnly && isDemonym);
            }
            else
            {
                scope.Add((mention.Entity, isDemonym));
            }
        }
    }

    private static void AddPairs(
        List<(string Entity, bool DemonymOnly)> scope, string paragraphId, string sentenceId, List<CoMentionOccurrence> into, HashSet<(string, string)> inSentences, bool record)
    {
        for (int i = 0; i < scope.Count; i++)
        {
            for (int j = i + 1; j < scope.Count; j++)
            {
                (string a, string b) = (scope[i].Entity, scope[j].Entity);
                if (record)
                {
                    inSentences.Add((a, b));
                }
                else if (inSentences.Contains((a, b)))
                {
                    continue;
                }

                into.Add(new CoMentionOccurrence(a, b, paragraphId, sentenceId, scope[i].DemonymOnly || scope[j].DemonymOnly));
            }
        }
    }

    private static int BySentenceThenEntity(Occurrence x, Occurrence y)
    {
        int bySentence = x.Sentence.CompareTo(y.Sentence);
        return bySentence != 0 ? bySentence : string.CompareOrdinal(x.Entity, y.Entity);
    }

    private static int ByEntity(Occurrence x, Occurrence y) => string.CompareOrdinal(x.Entity, y.Entity);
}
