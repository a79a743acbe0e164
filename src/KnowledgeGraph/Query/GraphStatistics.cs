using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>Computes <see cref="StatsReport"/> for `kg stats`.</summary>
internal static class GraphStatistics
{
    /// <summary>Rankings keep the <paramref name="top"/> entities (ties by name); component sizes the <paramref name="top"/> largest.</summary>
    public static StatsReport Compute(GraphSnapshot snapshot, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        WeightedGraph graph = snapshot.Graph;
        IReadOnlyList<IReadOnlyList<int>> components = ConnectedComponents.Find(graph);
        var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (EntityRecord entity in snapshot.Entities)
        {
            byType[entity.Type] = byType.GetValueOrDefault(entity.Type) + 1;
        }

        return new StatsReport(
            snapshot.Revision,
            snapshot.Articles.Count,
            snapshot.Sentences.Count,
            snapshot.Entities.Count,
            snapshot.Entities.Count(e => e.Discovered),
            byType,
            snapshot.CoMentions.Count,
            snapshot.CoMentions.Count(c => c.DemonymOnly),
            snapshot.Claims.Count,
            Top(snapshot, WeightedDegree.Compute(graph), top),
            Top(snapshot, graph.NodeCount == 0 ? [] : PageRank.Compute(graph), top),
            components.Count,
            components.Take(top).Select(c => c.Count).ToList(),
            components.Count(c => c.Count == 1));
    }

    private static List<RankedEntity> Top(GraphSnapshot snapshot, double[] values, int top)
    {
        WeightedGraph graph = snapshot.Graph;
        return Enumerable.Range(0, values.Length)
            .Select(i => snapshot.EntitiesById[graph.Nodes[i]])
            .Select((e, i) => new RankedEntity(e.Id, e.Name, e.Type, values[i]))
            .Where(r => r.Value > 0)
            .OrderByDescending(r => r.Value).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }
}
