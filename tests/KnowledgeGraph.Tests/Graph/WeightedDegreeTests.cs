using System.Text.Json.Nodes;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class WeightedDegreeTests
{
    [TestCase("seed")]
    [TestCase("4")]
    public void Compute_FixtureGraph_MatchesNetworkxExactly(string graphName)
    {
        WeightedGraph graph = GraphFixtures.Named(graphName);
        double[] degree = WeightedDegree.Compute(graph);
        JsonObject expected = NetworkxRunner.Run(graph, "degree.py").AsObject();
        Assert.Multiple(() =>
        {
            for (int i = 0; i < graph.NodeCount; i++)
            {
                Assert.That(degree[i], Is.EqualTo(NetworkxRunner.Number(expected[graph.Nodes[i]])), graph.Nodes[i]);
            }
        });
    }
}
