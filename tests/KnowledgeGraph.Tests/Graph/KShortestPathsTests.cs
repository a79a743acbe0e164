using System.Text.Json.Nodes;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class KShortestPathsTests
{
    [TestCase("seed", "china", "taliban", 12)]
    [TestCase("seed", "wang-yi", "pakistan", 10)]
    [TestCase("seed", "xinjiang", "mes-aynak", 8)]
    [TestCase("7", "n00", "n01", 15)]
    [TestCase("8", "n03", "n20", 15)]
    [TestCase("9", "n10", "n30", 25)]
    public void Enumerate_FixtureGraph_MatchesShortestSimplePaths(string graphName, string source, string target, int k)
    {
        WeightedGraph graph = GraphFixtures.Named(graphName);
        List<GraphPath> mine = KShortestPaths.Enumerate(graph, graph.IndexOf(source), graph.IndexOf(target)).Take(k).ToList();
        JsonObject expected = NetworkxRunner.Run(graph, "kpaths.py", source, target, k.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsObject();
        List<(string Path, double Cost)> head = Paths(expected["paths"]);
        List<(string Path, double Cost)> tail = Paths(expected["tail"]);
        Assume.That(head, Is.Not.Empty, "the fixture pair must be connected");

        Assert.That(mine.Select(p => p.Cost), Is.EqualTo(head.Select(p => p.Cost)).Within(1e-12), "costs in order");
        double last = head[^1].Cost;
        // Equal-cost paths may come in any order: below the last cost the sets must agree; at the last cost, mine
        // must be among networkx's paths of that cost (including the tied ones it yields after the K-th).
        var mineBelow = mine.Where(p => p.Cost < last - 1e-9).Select(p => Key(graph, p)).ToHashSet();
        var theirsBelow = head.Where(p => p.Cost < last - 1e-9).Select(p => p.Path).ToHashSet();
        Assert.That(mineBelow, Is.EquivalentTo(theirsBelow));
        var theirsAtLast = head.Concat(tail).Where(p => Math.Abs(p.Cost - last) <= 1e-9).ToDictionary(p => p.Path, p => p.Cost);
        Assert.Multiple(() =>
        {
            foreach (GraphPath path in mine.Where(p => p.Cost >= last - 1e-9))
            {
                Assert.That(theirsAtLast.ContainsKey(Key(graph, path)), Is.True, Key(graph, path));
            }

            foreach (GraphPath path in mine)
            {
                (string Path, double Cost) reference = head.Concat(tail).FirstOrDefault(p => p.Path == Key(graph, path));
                if (reference.Path is not null)
                {
                    Assert.That(path.Cost, Is.EqualTo(reference.Cost), "the same path costs exactly the same");
                }
            }
        });
    }

    [TestCase("seed", "china", "taliban", 2)]
    [TestCase("seed", "china", "taliban", 3)]
    [TestCase("seed", "wang-yi", "pakistan", 1)]
    [TestCase("seed", "wang-yi", "pakistan", 3)]
    [TestCase("12", "n00", "n05", 3)]
    [TestCase("13", "n02", "n17", 4)]
    public void Enumerate_HopLimit_SameCostsAsEveryNetworkxPathWithinTheLimit(string graphName, string source, string target, int maxHops)
    {
        WeightedGraph graph = GraphFixtures.Named(graphName);
        List<GraphPath> mine = KShortestPaths.Enumerate(graph, graph.IndexOf(source), graph.IndexOf(target), maxHops).ToList();
        var all = NetworkxRunner.Run(graph, "kpaths_within.py", source, target, maxHops.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsArray()
            .Select(p => (Path: string.Join(',', p!["path"]!.AsArray().Select(n => n!.GetValue<string>())), Cost: NetworkxRunner.Number(p["cost"])))
            .ToList();
        Assert.That(mine.Select(p => Key(graph, p)), Is.EquivalentTo(all.Select(p => p.Path)), "the same set of paths");
        Assert.That(mine.Select(p => p.Cost), Is.EqualTo(all.Select(p => p.Cost).Order()), "in cost order, costs exactly equal");
        Assert.That(mine, Has.All.Matches<GraphPath>(p => p.Hops <= maxHops));
    }

    [Test]
    public void Enumerate_SeedChinaToTaliban_PathsAreSimpleDistinctAndNonDecreasing()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        List<GraphPath> paths = KShortestPaths.Enumerate(graph, graph.IndexOf("china"), graph.IndexOf("taliban")).Take(30).ToList();
        Assert.That(paths, Has.Count.EqualTo(30));
        Assert.That(paths.Select(p => p.Cost), Is.Ordered);
        Assert.That(paths.Select(p => Key(graph, p)), Is.Unique);
        Assert.That(paths, Has.All.Matches<GraphPath>(p => p.Nodes.Distinct().Count() == p.Nodes.Count));
        Assert.That(paths[0].Hops, Is.EqualTo(1), "China and the Taliban are named together, so the direct link is shortest");
    }

    [Test]
    public void Enumerate_DifferentComponents_YieldsNothing()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        Assert.That(KShortestPaths.Enumerate(graph, graph.IndexOf("china"), graph.IndexOf("tajikistan")), Is.Empty);
    }

    private static List<(string Path, double Cost)> Paths(JsonNode? node) =>
        node!.AsArray().Select(p => (string.Join(',', p!["path"]!.AsArray().Select(n => n!.GetValue<string>())), NetworkxRunner.Number(p["cost"]))).ToList();

    private static string Key(WeightedGraph graph, GraphPath path) => string.Join(',', path.Nodes.Select(n => graph.Nodes[n]));
}
