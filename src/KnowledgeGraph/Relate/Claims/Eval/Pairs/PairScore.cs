namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>
/// Counts for one relation type (or all): <see cref="Gold"/> annotated relations, <see cref="Named"/> of them whose two
/// spans the pipeline resolved to two different entities, and <see cref="Found"/> of them joined by a claim of ours.
/// </summary>
internal sealed class PairScore(string type)
{
    public string Type { get; } = type;
    public int Gold { get; set; }
    public int Named { get; set; }
    public int Found { get; set; }

    /// <summary>Entity-pair recall: found over all annotated relations.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    /// <summary>The share of annotated relations whose two ends the pipeline names at all (the most rules could reach).</summary>
    public double Reachable => Gold == 0 ? 0 : (double)Named / Gold;
}
