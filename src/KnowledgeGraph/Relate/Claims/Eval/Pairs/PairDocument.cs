namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>One annotated document of an external relation set: its text and the relations stated in it; <see cref="Collection"/> is the sub-set it came from.</summary>
internal sealed record PairDocument(string Id, string Collection, string Text, IReadOnlyList<GoldPair> Pairs);
