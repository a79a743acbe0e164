namespace KnowledgeGraph.Ingest;

/// <summary>One line of an input file without its newline, and its 1-based line number.</summary>
internal readonly record struct SourceLine(string Text, int Number)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
