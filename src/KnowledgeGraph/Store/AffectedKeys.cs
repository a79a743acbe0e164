namespace KnowledgeGraph.Store;

/// <summary>
/// The keys a batch inserted or deleted facts for. Those of per-article facts (articles, paragraphs, sentences,
/// mention counts) are settled when the batch commits; the aggregates' (entities, pairs, claims) are noted as pending
/// and settled when the build finishes.
/// </summary>
internal sealed class AffectedKeys
{
    public HashSet<long> Articles { get; } = [];
    public HashSet<long> Paragraphs { get; } = [];
    public HashSet<(long Paragraph, long Start)> Sentences { get; } = [];
    public HashSet<(string Entity, long Article)> MentionCounts { get; } = [];
    public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);
    public HashSet<(string A, string B)> Pairs { get; } = [];
    public HashSet<long> Claims { get; } = [];

    public bool IsEmpty => Articles.Count == 0 && Paragraphs.Count == 0 && Entities.Count == 0 && Pairs.Count == 0 && Claims.Count == 0;
}
