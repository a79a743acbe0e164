using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// What the store knows of one entity: the record (canonical name, type, subtype, aliases, discovered or curated),
/// mentions per article (most first), and how many co-mention edges and claims it has.
/// </summary>
internal sealed record EntityReport(EntityRecord Entity, IReadOnlyList<ArticleMentions> Articles, int CoMentionEdges, int Claims)
{
    /// <summary>"discovered" or "curated".</summary>
    public string Origin => Entity.Discovered ? "discovered" : "curated";

    /// <summary>Mentions over all articles.</summary>
    public int TotalMentions => Articles.Sum(a => a.Count);

    /// <summary>Builds the report for the entity named <paramref name="name"/> (any alias).</summary>
    public static EntityReport For(GraphSnapshot snapshot, EntityResolver resolver, string name)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(resolver);
        EntityRecord entity = resolver.Resolve(name);
        var articles = snapshot.MentionCounts
            .Where(m => m.EntityId == entity.Id && snapshot.ArticlesById.ContainsKey(m.ArticleId))
            .Select(m => new ArticleMentions(snapshot.ArticlesById[m.ArticleId], m.Count))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Article.Date, StringComparer.Ordinal).ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToList();
        return new EntityReport(entity, articles, snapshot.CoMentionsOf(entity.Id).Count, snapshot.ClaimsOf(entity.Id).Count);
    }
}
