using System.Text.Json.Nodes;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class PageRankTests
{
    [TestCase("seed")]
    [TestCase("1")]
    [TestCase("2")]
    [TestCase("3")]
    public void Compute_FixtureGraph_MatchesNetworkxWithinOneMillionth(string graphName)
    {
        WeightedGraph graph = GraphFixtures.Named(graphName);
        double[] ranks = PageRank.Compute(graph);
        JsonObject expected = NetworkxRunner.Run(graph, "pagerank.py").AsObject();
        Assert.That(expected, Has.Count.EqualTo(graph.NodeCount));
        Assert.Multiple(() =>
        {
            for (int i = 0; i < graph.NodeCount; i++)
            {
                Assert.That(ranks[i], Is.EqualTo(NetworkxRunner.Number(expected[graph.Nodes[i]])).Within(1e-6), graph.Nodes[i]);
            }
        });
    }

    [Test]
    public void Compute_SeedFixture_DanglingNodeKeepsOnlyTeleportAndDanglingShare()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        double[] ranks = PageRank.Compute(graph);
        int isolated = graph.IndexOf("d:project:moscow-format");
        Assert.That(graph.Degree(isolated), Is.Zero);
        Assert.That(ranks[isolated], Is.LessThan(1.0 / graph.NodeCount));
        Assert.That(ranks.Sum(), Is.EqualTo(1.0).Within(1e-9));
    }

    [Test]
    public void Compute_SeedFixture_ChinaRanksFirst()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        double[] ranks = PageRank.Compute(graph);
        Assert.That(graph.Nodes[Array.IndexOf(ranks, ranks.Max())], Is.EqualTo("china"));
    }

    [Test]
    public void Compute_TooFewIterations_ThrowsNotConverged()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        var options = new PageRankOptions { MaxIterations = 2 };
        Assert.That(() => PageRank.Compute(graph, options), Throws.InstanceOf<KgException>().With.Property(nameof(KgException.Code)).EqualTo(ErrorCodes.PageRankNotConverged));
    }
}
