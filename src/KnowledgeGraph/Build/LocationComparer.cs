namespace KnowledgeGraph.Build;

/// <summary>Orders locations by file (ordinal) then line: the canonical "reading order" of the store.</summary>
internal sealed class LocationComparer : IComparer<(string File, int Line)>
{
    public static LocationComparer Instance { get; } = new();

    public int Compare((string File, int Line) x, (string File, int Line) y)
    {
        int byFile = string.CompareOrdinal(x.File, y.File);
        return byFile != 0 ? byFile : x.Line.CompareTo(y.Line);
    }
}
