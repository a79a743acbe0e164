namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>Adds the scores of the four moves for one feature set (the model's table, or the current training weights).</summary>
internal delegate void ScoreMoves(ReadOnlySpan<ulong> features, Span<float> scores);
