using KnowledgeGraph.Model;

namespace KnowledgeGraph.Build;

/// <summary>An article of the current batch that must be extracted: new, changed, or stale (gazetteer changed, --rebuild).</summary>
internal sealed class WorkItem(Document doc, string articleId, WorkKind kind, string? storedResultHash)
{
    /// <summary>The article until its facts are written; then null, so a batch holds neither processed documents nor rows.</summary>
    public Document? Doc { get; set; } = doc;
    public string ArticleId { get; } = articleId;
    public WorkKind Kind { get; } = kind;
    public string? StoredResultHash { get; } = storedResultHash;
}
