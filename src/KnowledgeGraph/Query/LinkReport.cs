using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>The answer to "how are A and B linked": every simple path within the hop limit, cheapest first, up to the limit.</summary>
internal sealed record LinkReport(EntityRecord From, EntityRecord To, IReadOnlyList<LinkPath> Paths);
