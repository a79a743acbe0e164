using KnowledgeGraph.Model;

namespace KnowledgeGraph.Build;

/// <summary>
/// Finds co-mentions in one processed article: every pair of distinct entities sharing a sentence (sentence scope),
/// and every pair sharing a paragraph but no sentence in it (paragraph scope, the weaker evidence, counted separately). Rules: only paragraphs whose role feeds
/// extraction (Title, Body) count, whatever mentions other roles carry; a paragraph id met twice in the article
/// counts once; an entity never pairs with itself; a pair is flagged <see cref="CoMentionOccurrence.DemonymOnly"/>
/// when one side has only <see cref="MentionKind.Demonym"/> mentions in that scope.
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
            if (!paragraph.Role.FeedsExtraction() || paragraph.Mentions.Count < 2 || !seenParagraphs.Add(paragraph.Id))
            {
                continue;
            }

            Mention[] mentions = [.. paragraph.Mentions];
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

    /// <summary>The distinct entities of <paramref name="mentions"/> (sorted by entity id), each with whether all its mentions there are demonyms.</summary>
    private static void Distinct(ReadOnlySpan<Mention> mentions, List<(string Entity, bool DemonymOnly)> scope)
    {
        scope.Clear();
        foreach (Mention mention in mentions)
        {
            bool isDemonym = mention.Kind == MentionKind.Demonym;
            if (scope.Count > 0 && scope[^1].Entity == mention.Entity.Id)
            {
                scope[^1] = (mention.Entity.Id, scope[^1].DemonymOnly && isDemonym);
            }
            else
            {
                scope.Add((mention.Entity.Id, isDemonym));
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

    private static int BySentenceThenEntity(Mention x, Mention y)
    {
        int bySentence = x.Sentence.CompareTo(y.Sentence);
        return bySentence != 0 ? bySentence : string.CompareOrdinal(x.Entity.Id, y.Entity.Id);
    }

    private static int ByEntity(Mention x, Mention y) => string.CompareOrdinal(x.Entity.Id, y.Entity.Id);
}
