using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>Sums per-predicate scores into one score per predicate class of the lexicon (structural, verbal_conflict, ...).</summary>
internal static class ClassScores
{
    /// <summary>One score per class that has a predicate in <paramref name="report"/>, in class name order.</summary>
    public static IReadOnlyList<PredicateScore> Of(ClaimEvalReport report, PredicateLexicon lexicon)
    {
        var byClass = new SortedDictionary<string, PredicateScore>(StringComparer.Ordinal);
        foreach (PredicateScore score in report.ByPredicate)
        {
            string name = lexicon.Find(score.Predicate)?.Class ?? "unknown";
            if (!byClass.TryGetValue(name, out PredicateScore? sum))
            {
                sum = new PredicateScore(name);
                byClass.Add(name, sum);
            }

            sum.TruePositives += score.TruePositives;
            sum.FalsePositives += score.FalsePositives;
            sum.FalseNegatives += score.FalseNegatives;
        }

        return [.. byClass.Values];
    }
}
