namespace KnowledgeGraph.Eval;

/// <summary>
/// One paragraph of the entity evaluation set: where it is, its text, the gold entity keys, and its split
/// (`dev` to tune and inspect, `test` to report only; null when the set has no splits).
/// </summary>
internal sealed record AnnotatedParagraph(string File, int Line, string Text, IReadOnlyList<GoldEntity> Entities, string? Split = null);
