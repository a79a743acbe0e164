using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>The strongest co-mentions of an entity (by score) and its claims (as subject or object).</summary>
internal sealed record NeighbourReport(EntityRecord Entity, IReadOnlyList<Neighbour> CoMentions, IReadOnlyList<ClaimView> Claims);
