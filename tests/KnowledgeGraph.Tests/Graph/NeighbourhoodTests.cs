using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class NeighbourhoodTests
{
    [TestCase("seed", "uyghurs", 1)]
    [TestCase("seed", "taliban", 2)]
    [TestCase("seed", "uzbekistan", 3)]
    [TestCase("7", "n03", 2)]
    [TestCase("8", "n11", 4)]
    public void Within_FixtureGraph_SameHopsAsNetworkx(string graphName, string source, int hops)
    {
        WeightedGraph graph = GraphFixtures.Named(graphName);
        IReadOnlyDictionary<int, int> mine = Neighbourhood.Within(graph, graph.IndexOf(source), hops);
        var expected = NetworkxRunner.Run(graph, "neighbourhood.py", source, hops.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<int>());
        Assert.That(mine.ToDictionary(p => graph.Nodes[p.Key], p => p.Value), Is.EquivalentTo(expected));
    }

    [Test]
    public void Within_ZeroHops_IsTheCentreAlone()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        int china = graph.IndexOf("china");
        Assert.That(Neighbourhood.Within(graph, china, 0), Is.EquivalentTo(new Dictionary<int, int> { [china] = 0 }));
    }

    [Test]
    public void Within_OneHop_IsTheCentreAndItsNeighbours()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        int china = graph.IndexOf("china");
        var neighbours = graph.EdgesOf(china).Select(e => e.Other(china)).Append(china).ToHashSet();
        Assert.That(Neighbourhood.Within(graph, china, 1).Keys, Is.EquivalentTo(neighbours));
    }
}
