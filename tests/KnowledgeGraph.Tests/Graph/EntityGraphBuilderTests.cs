using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class EntityGraphBuilderTests
{
    [Test]
    public void Build_SeedFixture_EveryEntityIsANodeIsolatedOnesToo()
    {
        WeightedGraph graph = GraphFixtures.Seed();
        Assert.That(graph.Nodes, Is.EquivalentTo(SeedGraphFixture.Reader.Entities().Select(e => e.Id)));
        Assert.That(graph.Degree(graph.IndexOf("d:project:moscow-format")), Is.Zero);
    }

    [TestCase("china", "taliban")]
    [TestCase("abdul-ghani-baradar", "wang-yi")]
    [TestCase("cnpc", "taliban")]
    [TestCase("etim", "united-states")]
    public void Build_SeedFixture_WeightIsCoMentionSentencesPlusClaimSentences(string a, string b)
    {
        IGraphReader reader = SeedGraphFixture.Reader;
        int sentences = reader.Sentences().Count(s => reader.CoMentions().Any(c => SamePair(c.A, c.B, a, b) && c.EvidenceSentenceIds.Contains(s.Id)));
        int claimSentences = reader.Claims().Where(c => SamePair(c.Subject, c.Object, a, b)).Sum(c => c.Evidence.Count);
        Assume.That(sentences + claimSentences, Is.Positive);

        WeightedGraph graph = GraphFixtures.Seed();
        GraphEdge edge = graph.EdgeBetween(graph.IndexOf(a), graph.IndexOf(b))!;
        Assert.That(edge.Weight, Is.EqualTo(sentences + claimSentences));
        Assert.That(edge.Cost, Is.EqualTo(1.0 / edge.Weight));
    }

    [Test]
    public void Build_ClaimWithoutCoMention_StillLinksThePair()
    {
        var reader = new InMemoryGraphReader
        {
            EntityRows = [Entity("china"), Entity("taliban")],
            ClaimRows = [SeedGraphFixture.Reader.Claims().First(c => c.Predicate == "DEMANDS")],
        };
        WeightedGraph graph = EntityGraphBuilder.Build(reader.Entities(), reader.CoMentions(), reader.Claims());
        Assert.That(graph.Edges, Has.Count.EqualTo(1));
        Assert.That(graph.Edges[0].Weight, Is.EqualTo(1));
    }

    [Test]
    public void Build_DemonymOnlyCoMention_LeftOutUnlessAsked()
    {
        IGraphReader reader = SeedGraphFixture.Reader;
        CoMentionRecord pair = reader.CoMentions().First(c => c.DemonymOnly);
        WeightedGraph plain = EntityGraphBuilder.Build(reader.Entities(), [pair], []);
        WeightedGraph with = EntityGraphBuilder.Build(reader.Entities(), [pair], [], includeDemonymOnly: true);
        Assert.That(plain.Edges, Is.Empty);
        Assert.That(with.Edges.Single().Weight, Is.EqualTo(pair.Sentences));
    }

    private static EntityRecord Entity(string id) => SeedGraphFixture.Reader.Entities().Single(e => e.Id == id);

    private static bool SamePair(string x, string y, string a, string b) => (x == a && y == b) || (x == b && y == a);
}
