using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>
/// Scores claims against an external relation set at the level of entity pairs: an annotated relation is found when a
/// claim of ours, of any predicate and in either direction, joins an entity named at its source span with one named at
/// its target span, stated in the sentence holding either span. Its own vocabulary of relations ("FightingAgainst",
/// "CoLocated") is not mapped to our predicates: the measure asks whether the graph relates the pairs analysts
/// annotated, not whether it names the relation as they did. Each document is split at newlines into body paragraphs,
/// run through <paramref name="process"/> as a build would run it, and read back by offsets.
/// </summary>
internal static class PairEvaluator
{
    public static PairEvalReport Evaluate(PairSet set, Action<Document> process)
    {
        var overall = new PairScore("all");
        var byType = new SortedDictionary<string, PairScore>(StringComparer.Ordinal);
        int claims = 0;
        int onGold = 0;
        foreach (PairDocument source in set.Documents)
        {
            var (doc, starts) = Create(source);
            process(doc);
            var goldPairs = new HashSet<(int Paragraph, int Sentence, string A, string B)>();
            foreach (GoldPair pair in source.Pairs)
            {
                if (!byType.TryGetValue(pair.Type, out PairScore? score))
                {
                    byType.Add(pair.Type, score = new PairScore(pair.Type));
                }

                var from = Locate(doc, starts, pair.SourceStart, pair.SourceEnd);
                var to = Locate(doc, starts, pair.TargetStart, pair.TargetEnd);
                bool named = from.Entities.Any(a => to.Entities.Any(b => a != b));
                bool found = named && (Joined(from, to) || (to.Paragraph != from.Paragraph || to.Sentence != from.Sentence) && Joined(to, from));
                foreach (string a in from.Entities)
                {
                    foreach (string b in to.Entities.Where(b => b != a))
                    {
                        goldPairs.Add((from.Paragraph, from.Sentence, a, b));
                        goldPairs.Add((to.Paragraph, to.Sentence, a, b));
                    }
                }

                foreach (PairScore counted in (PairScore[])[score, overall])
                {
                    counted.Gold++;
                    counted.Named += named ? 1 : 0;
                    counted.Found += found ? 1 : 0;
                }
            }

            for (int p = 0; p < doc.Paragraphs.Count; p++)
            {
                foreach (Claim claim in doc.Paragraphs[p].Claims)
                {
                    claims++;
                    onGold += goldPairs.Contains((p, claim.Sentence, claim.Subject.Id, claim.Object.Id))
                        || goldPairs.Contains((p, claim.Sentence, claim.Object.Id, claim.Subject.Id)) ? 1 : 0;
                }
            }
        }

        return new PairEvalReport(set.Documents.Count, overall, [.. byType.Values], claims, onGold);
    }

    /// <summary>A claim in <paramref name="at"/>'s sentence joins an entity of <paramref name="at"/> with one of <paramref name="other"/>.</summary>
    private static bool Joined(PairEnd at, PairEnd other)
    {
        if (at.Paragraph < 0)
        {
            return false;
        }

        foreach (Claim claim in at.Claims)
        {
            if ((at.Entities.Contains(claim.Subject.Id) && other.Entities.Contains(claim.Object.Id) && claim.Subject.Id != claim.Object.Id)
                || (at.Entities.Contains(claim.Object.Id) && other.Entities.Contains(claim.Subject.Id) && claim.Subject.Id != claim.Object.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The paragraph and sentence holding [start, end) of the document's text, the entities named or referred to there, and that sentence's claims.</summary>
    private static PairEnd Locate(Document doc, List<int> starts, int start, int end)
    {
        for (int p = 0; p < doc.Paragraphs.Count; p++)
        {
            Paragraph paragraph = doc.Paragraphs[p];
            int from = start - starts[p];
            int to = end - starts[p];
            if (from < 0 || to > paragraph.Text.Length)
            {
                continue;
            }

            int sentence = Array.FindIndex(paragraph.Sentences, s => s.Start <= from && from < s.End);
            var entities = paragraph.Mentions.Where(m => m.Start < to && m.End > from).Select(m => m.Entity.Id)
                .Concat(paragraph.References.Where(r => r.Start < to && r.End > from).Select(r => r.Entity.Id))
                .ToHashSet(StringComparer.Ordinal);
            return new PairEnd(p, sentence, entities, [.. paragraph.Claims.Where(c => c.Sentence == sentence)]);
        }

        return new PairEnd(-1, -1, [], []);
    }

    /// <summary>A body paragraph for each non-blank line of the text (<see cref="DocumentFactory"/>), and where each starts in it.</summary>
    private static (Document Doc, List<int> Starts) Create(PairDocument source)
    {
        var lines = new List<LabelledLine>();
        var starts = new List<int>();
        int offset = 0;
        int number = 0;
        foreach (string line in source.Text.Split('\n'))
        {
            number++;
            string text = line.TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new LabelledLine(new SourceLine(text, number), LineRole.Body));
                starts.Add(offset);
            }

            offset += line.Length + 1;
        }

        return (DocumentFactory.Create($"{source.Collection}/{source.Id}", lines, ArticleMeta.Empty), starts);
    }
}
