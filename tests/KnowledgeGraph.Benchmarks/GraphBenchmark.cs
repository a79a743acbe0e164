using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `graph [--entities N] [--edges M] [--runs R]`: times the graph algorithms on a synthetic co-mention graph with
/// hubs (preferential attachment, like China or the Taliban in the corpus) and prints the median of R runs.
/// </summary>
internal static class GraphBenchmark
{
    public static int Run(string[] args)
    {
        int entities = Option(args, "--entities", 5000);
        int edges = Option(args, "--edges", 60000);
        int runs = Option(args, "--runs", 5);
        (List<EntityRecord> nodes, List<CoMentionRecord> pairs) = Synthesise(entities, edges, seed: 7);
        WeightedGraph graph = EntityGraphBuilder.Build(nodes, pairs, []);
        int hub = 0;
        int far = graph.NodeCount - 1;
        Console.WriteLine($"graph: {graph.NodeCount} nodes, {graph.Edges.Count} edges, hub degree {graph.Degree(hub)}");
        Report("build", runs, () => EntityGraphBuilder.Build(nodes, pairs, []));
        Report("weighted degree", runs, () => WeightedDegree.Compute(graph));
        Report("pagerank", runs, () => PageRank.Compute(graph));
        Report("components", runs, () => ConnectedComponents.Find(graph));
        Report("dijkstra (all targets)", runs, () => ShortestPaths.Distances(graph, hub));
        Report("links: 10 paths, <= 3 hops", runs, () => KShortestPaths.Enumerate(graph, far, hub, 3).Take(10).ToList());
        Report("yen: 10 paths, any length", runs, () => KShortestPaths.Enumerate(graph, far, hub).Take(10).ToList());
        return 0;
    }

    private static void Report(string name, int runs, Func<object> action)
    {
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            GC.KeepAlive(action());
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-30} median {times[times.Count / 2],9:F2} ms   (min {times[0]:F2}, max {times[^1]:F2})"));
    }

    private static (List<EntityRecord>, List<CoMentionRecord>) Synthesise(int entities, int edges, int seed)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, entities).Select(i => new EntityRecord($"e{i:D6}", $"Entity {i}", "Organisation", null, [], false, 1, 1, 1)).ToList();
        var seen = new HashSet<(int, int)>();
        var ends = new List<int> { 0, 1 };
        var pairs = new List<CoMentionRecord>();
        while (pairs.Count < edges)
        {
            int a = random.Next(entities);
            int b = ends[random.Next(ends.Count)];
            if (a == b || !seen.Add(a < b ? (a, b) : (b, a)))
            {
                continue;
            }

            ends.Add(a);
            ends.Add(b);
            (int lo, int hi) = a < b ? (a, b) : (b, a);
            int sentences = 1 + (int)(random.NextDouble() * random.NextDouble() * 20);
            pairs.Add(new CoMentionRecord(nodes[lo].Id, nodes[hi].Id, sentences, sentences, 1, null, null, sentences / 10.0, [], 1));
        }

        return (nodes, pairs);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
