namespace KnowledgeGraph.Eval;

/// <summary>One paragraph of the entity evaluation set: where it is, its text, and the gold entity keys.</summary>
internal sealed record AnnotatedParagraph(string File, int Line, string Text, IReadOnlyList<GoldEntity> Entities);
