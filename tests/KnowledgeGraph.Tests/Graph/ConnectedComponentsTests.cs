using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class ConnectedComponentsTests
{
    [TestCase("seed")]
    [TestCase("10")]
    [TestCase("11")]
    public void Find_FixtureGraph_SameSetsAsNetworkx(string graphName)
    {
        WeightedGraph graph = GraphFixtures.Named(graphName);
        IReadOnlyList<IReadOnlyList<int>> components = ConnectedComponents.Find(graph);
        var expected = NetworkxRunner.Run(graph, "components.py").AsArray()
            .Select(c => string.Join(',', c!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal)))
            .ToList();
        var mine = components.Select(c => string.Join(',', c.Select(n => graph.Nodes[n]).Order(StringComparer.Ordinal))).ToList();
        Assert.That(mine, Is.EquivalentTo(expected));
    }

    [Test]
    public void Find_SeedFixture_LargestFirstAndCentralAsiaApart()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        IReadOnlyList<IReadOnlyList<int>> components = ConnectedComponents.Find(graph);
        Assert.That(components.Select(c => c.Count), Is.Ordered.Descending);
        Assert.That(components[0].Select(n => graph.Nodes[n]), Does.Contain("china").And.Contain("taliban"));
        Assert.That(components.Single(c => c.Contains(graph.IndexOf("uzbekistan"))).Select(n => graph.Nodes[n]), Does.Not.Contain("china"));
    }
}
