namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>A mention (index into the <see cref="SentenceView"/>) found in an argument role, with how sure the rule is (0..1).</summary>
internal readonly record struct Argument(int Mention, float Weight);
