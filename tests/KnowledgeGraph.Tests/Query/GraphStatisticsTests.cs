using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class GraphStatisticsTests
{
    [Test]
    public void Compute_SeedFixture_CountsAreTheStoreRows()
    {
        IGraphReader reader = SeedGraphFixture.Reader;
        StatsReport stats = GraphStatistics.Compute(QueryFixture.Snapshot);
        Assert.That(stats.Articles, Is.EqualTo(reader.Articles().Count()));
        Assert.That(stats.Sentences, Is.EqualTo(reader.Sentences().Count()));
        Assert.That(stats.Entities, Is.EqualTo(reader.Entities().Count()));
        Assert.That(stats.DiscoveredEntities, Is.EqualTo(reader.Entities().Count(e => e.Discovered)));
        Assert.That(stats.CoMentionEdges, Is.EqualTo(reader.CoMentions().Count()));
        Assert.That(stats.DemonymOnlyEdges, Is.EqualTo(reader.CoMentions().Count(c => c.DemonymOnly)).And.Positive);
        Assert.That(stats.Claims, Is.EqualTo(reader.Claims().Count()));
        Assert.That(stats.EntitiesByType.Values.Sum(), Is.EqualTo(stats.Entities));
        Assert.That(stats.EntitiesByType["Country"], Is.EqualTo(reader.Entities().Count(e => e.Type == "Country")));
    }

    [Test]
    public void Compute_SeedFixture_RankingsAgreeWithTheAlgorithms()
    {
        GraphSnapshot snapshot = QueryFixture.Snapshot;
        StatsReport stats = GraphStatistics.Compute(snapshot, top: 5);
        double[] degree = WeightedDegree.Compute(snapshot.Graph);
        double[] rank = PageRank.Compute(snapshot.Graph);
        Assert.That(stats.TopByDegree, Has.Count.EqualTo(5));
        Assert.That(stats.TopByDegree.Select(r => r.Value), Is.EqualTo(degree.OrderDescending().Take(5)));
        Assert.That(stats.TopByPageRank.Select(r => r.Value), Is.EqualTo(rank.OrderDescending().Take(5)));
        Assert.That(stats.TopByPageRank[0].Name, Is.EqualTo("China"));
    }

    [Test]
    public void Compute_SeedFixture_ComponentsCountedLargestFirst()
    {
        StatsReport stats = GraphStatistics.Compute(QueryFixture.Snapshot);
        IReadOnlyList<IReadOnlyList<int>> components = ConnectedComponents.Find(QueryFixture.Snapshot.Graph);
        Assert.That(stats.Components, Is.EqualTo(components.Count).And.GreaterThanOrEqualTo(3));
        Assert.That(stats.LargestComponents, Is.Ordered.Descending);
        Assert.That(stats.LargestComponents[0], Is.EqualTo(components[0].Count));
        Assert.That(stats.IsolatedEntities, Is.GreaterThanOrEqualTo(1), "the discovered Moscow format has no links");
    }

    [Test]
    public void Compute_EmptyStore_AllZero()
    {
        StatsReport stats = GraphStatistics.Compute(GraphSnapshot.Load(new InMemoryGraphReader()));
        Assert.That(stats.Entities + stats.Components + stats.TopByPageRank.Count, Is.Zero);
    }
}
