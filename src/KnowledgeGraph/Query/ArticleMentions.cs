using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>How often an entity is mentioned in one article.</summary>
internal sealed record ArticleMentions(ArticleRecord Article, int Count);
