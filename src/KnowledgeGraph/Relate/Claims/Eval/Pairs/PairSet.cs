namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>An external relation set: its documents, and how many annotated relations were left out because their spans do not match the text.</summary>
internal sealed record PairSet(IReadOnlyList<PairDocument> Documents, int Skipped);
