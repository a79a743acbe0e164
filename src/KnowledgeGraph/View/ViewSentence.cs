namespace KnowledgeGraph.View;

/// <summary>A sentence quoted as evidence, with where it was read (file and 1-based line) and its article's date.</summary>
internal sealed record ViewSentence(string File, int Line, string Text, string? Date);
