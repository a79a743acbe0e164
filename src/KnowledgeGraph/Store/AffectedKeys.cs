namespace KnowledgeGraph.Store;

/// <summary>The keys a batch inserted or deleted facts for: their aggregates are recomputed and tombstones settled at commit.</summary>
internal sealed class AffectedKeys
{
    public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Paragraphs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Sentences { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);
    public HashSet<(string Entity, string Article)> MentionCounts { get; } = [];
    public HashSet<(string A, string B)> Pairs { get; } = [];
    public HashSet<string> Claims { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Articles.Count == 0 && Paragraphs.Count == 0 && Entities.Count == 0 && Pairs.Count == 0 && Claims.Count == 0;
}
