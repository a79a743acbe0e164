using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// The answer to "how are A and B linked": paths ranked by cost. <see cref="Truncated"/> is true when the search
/// budget ran out before <see cref="LinkOptions.Limit"/> paths within the hop limit were found.
/// </summary>
internal sealed record LinkReport(EntityRecord From, EntityRecord To, IReadOnlyList<LinkPath> Paths, bool Truncated);
