namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>The loaded evaluation set: the surface forms gold mentions come from, and the annotated sentences.</summary>
internal sealed record ClaimEvalSet(IReadOnlyList<SurfaceForm> Surfaces, IReadOnlyList<ClaimEvalSentence> Sentences);
