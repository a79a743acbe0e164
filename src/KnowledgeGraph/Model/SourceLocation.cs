namespace KnowledgeGraph.Model;

/// <summary>Where a paragraph was read: a file path as given on the command line (relative where possible) and a 1-based line.</summary>
internal readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
