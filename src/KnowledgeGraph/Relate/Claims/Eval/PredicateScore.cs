namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// Counts for one predicate (or "all"): true positives, false positives, false negatives. Precision is 1 when
/// nothing was predicted and recall is 1 when nothing was expected, so an unused predicate never drags a mean down.
/// </summary>
internal sealed class PredicateScore
{
    public PredicateScore(string predicate) => Predicate = predicate;

    public string Predicate { get; }
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
