namespace KnowledgeGraph.View;

/// <summary>
/// An edge as the page draws it. Kind "comention" (undirected, Source &lt; Target; <see cref="Sentences"/>,
/// <see cref="Paragraphs"/>, <see cref="Articles"/>, <see cref="Score"/> set) or "claim" (directed subject →
/// object; <see cref="Predicate"/>, <see cref="Class"/> and the claim's qualifiers set). Weight is the edge's
/// strength as in the entity graph (sentences naming both; distinct sentences asserting the claim). First and
/// Last are the dates it spans (article dates, or the claim's own time), null when undated.
/// </summary>
internal sealed record ViewEdge(string Id, string Kind, string Source, string Target, double Weight, string? First, string? Last, IReadOnlyList<ViewEvidence> Evidence, int EvidenceTotal)
{
    public int? Sentences { get; init; }
    public int? Paragraphs { get; init; }
    public int? Articles { get; init; }
    public double? Score { get; init; }
    public bool? DemonymOnly { get; init; }
    public string? Predicate { get; init; }
    public string? Class { get; init; }
    public bool? Negated { get; init; }
    public bool? Hedged { get; init; }
    public string? Claimant { get; init; }
    public string? Time { get; init; }
    public string? Qualifier { get; init; }
    public double? Confidence { get; init; }
}
