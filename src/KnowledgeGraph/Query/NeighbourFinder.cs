using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Answers "what is X linked to": co-mentioned entities by descending association score (ties: more sentences,
/// then name) and the claims X takes part in (by confidence, then predicate).
/// Demonym-only co-mentions (<see cref="CoMentionRecord.DemonymOnly"/>: "Chinese in Pakistan … TTP" names China
/// only by "Chinese") are left out unless asked for.
/// </summary>
internal sealed class NeighbourFinder
{
    private readonly GraphSnapshot snapshot;
    private readonly EntityResolver resolver;

    /// <summary>Answers over <paramref name="snapshot"/>, naming entities through <paramref name="resolver"/>.</summary>
    public NeighbourFinder(GraphSnapshot snapshot, EntityResolver resolver)
    {
        this.snapshot = snapshot;
        this.resolver = resolver;
    }

    /// <summary>At most <paramref name="limit"/> co-mentions and <paramref name="limit"/> claims of the entity named <paramref name="name"/>.</summary>
    public NeighbourReport Find(string name, int limit = 20, bool includeDemonyms = false, int evidencePerEdge = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        EntityRecord entity = resolver.Resolve(name);
        var neighbours = snapshot.CoMentionsOf(entity.Id)
            .Select(c => (Pair: c, Other: snapshot.EntitiesById.GetValueOrDefault(c.A == entity.Id ? c.B : c.A)))
            .Where(p => p.Other is not null && (includeDemonyms || !p.Pair.DemonymOnly))
            .OrderByDescending(p => p.Pair.Score).ThenByDescending(p => p.Pair.Sentences).ThenBy(p => p.Other!.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(p => new Neighbour(p.Other!, p.Pair, snapshot.Evidence(p.Pair.EvidenceSentenceIds, evidencePerEdge)))
            .ToList();
        var claims = snapshot.ClaimsOf(entity.Id)
            .OrderByDescending(c => c.Confidence).ThenBy(c => c.Predicate, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => ClaimView.Of(snapshot, c, evidencePerEdge))
            .ToList();
        return new NeighbourReport(entity, neighbours, claims);
    }
}
