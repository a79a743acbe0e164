using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Answers "how are A and B linked": simple paths of at most <see cref="LinkOptions.MaxHops"/> edges between two
/// entities, cheapest first (hop-limited Yen k-shortest paths over <see cref="EdgeCost"/>, edges weighted for
/// <see cref="LinkOptions.Rank"/>; exact). Every edge carries its evidence, strongest first: the claims between its two
/// entities with all their sentences, then the co-mention sentences not already shown, most direct first.
/// </summary>
internal sealed class LinkFinder
{
    private readonly GraphSnapshot snapshot;
    private readonly EntityResolver resolver;

    /// <summary>Answers over <paramref name="snapshot"/>, naming entities through <paramref name="resolver"/>.</summary>
    public LinkFinder(GraphSnapshot snapshot, EntityResolver resolver)
    {
        this.snapshot = snapshot;
        this.resolver = resolver;
    }

    /// <summary>Paths between the entities named <paramref name="from"/> and <paramref name="to"/> (any alias).</summary>
    public LinkReport Find(string from, string to, LinkOptions? options = null)
    {
        options ??= new LinkOptions();
        options.Validate();
        EntityRecord a = resolver.Resolve(from);
        EntityRecord b = resolver.Resolve(to);
        if (a.Id == b.Id)
        {
            return new LinkReport(a, b, []);
        }

        WeightedGraph graph = snapshot.GraphFor(options.IncludeDemonyms, options.Rank);
        var paths = KShortestPaths.Enumerate(graph, graph.IndexOf(a.Id), graph.IndexOf(b.Id), options.MaxHops)
            .Take(options.Limit)
            .Select((path, i) => Describe(graph, i + 1, path, options))
            .ToList();
        return new LinkReport(a, b, paths);
    }

    private LinkPath Describe(WeightedGraph graph, int rank, GraphPath path, LinkOptions options)
    {
        var entities = path.Nodes.Select(n => snapshot.EntitiesById[graph.Nodes[n]]).ToList();
        var steps = new List<LinkStep>(path.Hops);
        for (int i = 0; i < path.Hops; i++)
        {
            EntityRecord from = entities[i];
            EntityRecord to = entities[i + 1];
            CoMentionRecord? pair = snapshot.CoMentionBetween(from.Id, to.Id);
            if (pair is { DemonymOnly: true } && !options.IncludeDemonyms)
            {
                pair = null;
            }

            IReadOnlyList<ClaimView> claims = snapshot.Ranker.ClaimsBetween(from.Id, to.Id);
            var shown = claims.SelectMany(c => c.Evidence).Select(e => e.Sentence.SentenceId).ToHashSet(StringComparer.Ordinal);
            IReadOnlyList<EvidenceSentence> evidence = pair is null ? [] : snapshot.Ranker.CoMentionEvidence(pair, shown);
            int total = shown.Count + evidence.Count;
            steps.Add(new LinkStep(from, to, path.Edges[i].Weight, path.Edges[i].Cost, claims, pair, evidence, total));
        }

        return new LinkPath(rank, path.Cost, entities, steps);
    }
}
