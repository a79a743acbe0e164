using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

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
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (!paragraph.Role.FeedsExtraction() || paragraph.Mentions.Count < 2 || !seenParagraphs.Add(paragraph.Id))
            {
                continue;
            }

            int first = occurrences.Count;
            foreach (IGrouping<int, Mention> sent in paragraph.Mentions.GroupBy(m => m.Sentence))
            {
                AddPairs(sent, paragraph.Id, StoreIds.Sentence(paragraph, sent.Key), occurrences);
            }

            // Paragraph scope only for pairs that share no sentence here: a sentence occurrence already names the
            // paragraph, so the paragraph count (distinct paragraph ids over all occurrences) stays exact.
            var inSentences = occurrences.Skip(first).Select(o => (o.A, o.B)).ToHashSet();
            var paragraphPairs = new List<CoMentionOccurrence>();
            AddPairs(paragraph.Mentions, paragraph.Id, "", paragraphPairs);
            occurrences.AddRange(paragraphPairs.Where(o => !inSentences.Contains((o.A, o.B))));
        }

        return occurrences;
    }

    private static void AddPairs(IEnumerable<Mention> mentions, string paragraphId, string sentenceId, List<CoMentionOccurrence> into)
    {
        // entity id → true while every mention of it in this scope is a demonym
        var demonymOnly = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        foreach (Mention mention in mentions)
        {
            bool isDemonym = mention.Kind == MentionKind.Demonym;
            demonymOnly[mention.Entity.Id] = demonymOnly.TryGetValue(mention.Entity.Id, out bool before) ? before && isDemonym : isDemonym;
        }

        if (demonymOnly.Count < 2)
        {
            return;
        }

        var ids = demonymOnly.Keys.ToArray();
        for (int i = 0; i < ids.Length; i++)
        {
            for (int j = i + 1; j < ids.Length; j++)
            {
                into.Add(new CoMentionOccurrence(ids[i], ids[j], paragraphId, sentenceId, demonymOnly[ids[i]] || demonymOnly[ids[j]]));
            }
        }
    }
}
