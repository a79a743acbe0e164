using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// What an entity is linked to: the neighbours ranked by <see cref="Rank"/> (at most the limit asked; <see cref="Total"/>
/// in all) and the claims it takes part in, strongest first (<see cref="ClaimTotal"/> in all).
/// </summary>
internal sealed record NeighbourReport(
    EntityRecord Entity, RankBy Rank, int Total, IReadOnlyList<Neighbour> Neighbours, int ClaimTotal, IReadOnlyList<ClaimView> Claims);
