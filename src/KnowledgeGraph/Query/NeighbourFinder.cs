using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Answers "what is X linked to": its neighbours ranked by <see cref="RankBy"/> — <see cref="RankBy.Claims"/> (the
/// default): the summed confidence of the claims between the two, then shared sentences; <see cref="RankBy.Count"/>:
/// shared sentences, then articles; <see cref="RankBy.Pmi"/>: the association score, then shared sentences (ties by
/// name) — each with its evidence strongest first, and the claims X takes part in, strongest first.
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

    /// <summary>At most <paramref name="limit"/> neighbours and <paramref name="limit"/> claims of the entity named <paramref name="name"/>.</summary>
    public NeighbourReport Find(string name, int limit = 20, bool includeDemonyms = false, RankBy rank = RankBy.Claims)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        EntityRecord entity = resolver.Resolve(name);
        IReadOnlyList<ClaimRecord> claims = snapshot.ClaimsOf(entity.Id);
        var strength = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (ClaimRecord claim in claims)
        {
            string other = claim.Subject == entity.Id ? claim.Object : claim.Subject;
            strength[other] = strength.GetValueOrDefault(other) + claim.Confidence;
        }

        var candidates = snapshot.CoMentionsOf(entity.Id)
            .Where(c => includeDemonyms || !c.DemonymOnly)
            .Select(c => (Id: c.A == entity.Id ? c.B : c.A, Pair: (CoMentionRecord?)c))
            .Concat(strength.Keys.Where(id => snapshot.CoMentionBetween(entity.Id, id) is null).Select(id => (Id: id, Pair: (CoMentionRecord?)null)))
            .Where(n => n.Id != entity.Id && snapshot.EntitiesById.ContainsKey(n.Id))
            .Select(n => new Candidate(snapshot.EntitiesById[n.Id], n.Pair, strength.GetValueOrDefault(n.Id)))
            .ToList();
        var neighbours = Ranked(candidates, rank).Take(limit).Select(c => Describe(entity, c)).ToList();
        var strongest = EvidenceRanker.Strongest(claims.Select(snapshot.Ranker.View)).Take(limit).ToList();
        return new NeighbourReport(entity, rank, candidates.Count, neighbours, claims.Count, strongest);
    }

    private static IEnumerable<Candidate> Ranked(List<Candidate> candidates, RankBy rank) => rank switch
    {
        RankBy.Pmi => candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.Sentences).ThenBy(c => c.Entity.Name, StringComparer.Ordinal),
        RankBy.Count => candidates.OrderByDescending(c => c.Sentences).ThenByDescending(c => c.Articles).ThenByDescending(c => c.Strength).ThenBy(c => c.Entity.Name, StringComparer.Ordinal),
        _ => candidates.OrderByDescending(c => c.Strength).ThenByDescending(c => c.Sentences).ThenByDescending(c => c.Score).ThenBy(c => c.Entity.Name, StringComparer.Ordinal),
    };

    private Neighbour Describe(EntityRecord entity, Candidate candidate)
    {
        IReadOnlyList<ClaimView> between = snapshot.Ranker.ClaimsBetween(entity.Id, candidate.Entity.Id);
        var shown = between.SelectMany(c => c.Evidence).Select(e => e.Sentence.SentenceId).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<EvidenceSentence> evidence = candidate.Pair is null ? [] : snapshot.Ranker.CoMentionEvidence(candidate.Pair, shown);
        return new Neighbour(candidate.Entity, between, candidate.Pair, evidence, shown.Count + evidence.Count);
    }

    private sealed record Candidate(EntityRecord Entity, CoMentionRecord? Pair, double Strength)
    {
        public int Sentences => Pair?.Sentences ?? 0;

        public int Articles => Pair?.Articles ?? 0;

        public double Score => Pair?.Score ?? 0;
    }
}
