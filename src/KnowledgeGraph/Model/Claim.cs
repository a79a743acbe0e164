namespace KnowledgeGraph.Model;

/// <summary>
/// A typed relation one sentence asserts: subject PREDICATE object, with negation, hedging, source, time,
/// trigger and confidence. [<see cref="Start"/>, <see cref="End"/>) is the evidence span in the paragraph text.
/// </summary>
internal sealed record Claim
{
    public required Entity Subject { get; init; }
    public required string Predicate { get; init; }
    /// <summary>verbal_cooperation, material_cooperation, verbal_conflict, material_conflict or structural.</summary>
    public required string PredicateClass { get; init; }
    public required Entity Object { get; init; }
    public bool Negated { get; init; }
    public bool Hedged { get; init; }
    /// <summary>Who asserts it: the article's author by default, or the named speaker ("according to X").</summary>
    public string? Source { get; init; }
    /// <summary>Normalised time the sentence gives: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string? Time { get; init; }
    /// <summary>Extra qualifier such as a role title (Foreign Minister) for HOLDS_ROLE_IN.</summary>
    public string? Qualifier { get; init; }
    public required string Trigger { get; init; }
    public float Confidence { get; init; } = 1f;
    public required int Sentence { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }

    /// <summary>Claims under this confidence are kept but flagged.</summary>
    public const float LowConfidence = 0.6f;

    public bool IsLowConfidence => Confidence < LowConfidence;
}
