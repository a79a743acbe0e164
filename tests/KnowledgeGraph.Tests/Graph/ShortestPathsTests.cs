using System.Text.Json.Nodes;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class ShortestPathsTests
{
    [TestCase("seed", "china")]
    [TestCase("seed", "wang-yi")]
    [TestCase("seed", "uzbekistan")]
    [TestCase("5", "n00")]
    [TestCase("6", "n07")]
    public void Distances_FromSource_MatchNetworkxExactly(string graphName, string source)
    {
        WeightedGraph graph = GraphFixtures.Named(graphName);
        double[] distances = ShortestPaths.Distances(graph, graph.IndexOf(source));
        JsonObject expected = NetworkxRunner.Run(graph, "dijkstra.py", source).AsObject();
        Assert.Multiple(() =>
        {
            for (int i = 0; i < graph.NodeCount; i++)
            {
                JsonNode? reference = expected[graph.Nodes[i]];
                double want = reference is null ? double.PositiveInfinity : NetworkxRunner.Number(reference);
                Assert.That(distances[i], Is.EqualTo(want), graph.Nodes[i]);
            }
        });
    }

    [TestCase("china", "taliban")]
    [TestCase("wang-yi", "cnpc")]
    public void Between_SeedFixture_PathCostIsDistanceAndEdgesChain(string from, string to)
    {
        WeightedGraph graph = GraphFixtures.Seed();
        GraphPath path = ShortestPaths.Between(graph, graph.IndexOf(from), graph.IndexOf(to))!;
        Assert.That(path.Cost, Is.EqualTo(ShortestPaths.Distances(graph, graph.IndexOf(from))[graph.IndexOf(to)]));
        Assert.That(path.Cost, Is.EqualTo(GraphPath.Along(graph, path.Nodes).Cost));
        Assert.That(graph.Nodes[path.Nodes[0]], Is.EqualTo(from));
        Assert.That(graph.Nodes[path.Nodes[^1]], Is.EqualTo(to));
    }

    [Test]
    public void Between_DifferentComponents_ReturnsNull()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        Assert.That(ShortestPaths.Between(graph, graph.IndexOf("china"), graph.IndexOf("kyrgyzstan")), Is.Null);
    }
}
