using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Neo4j.Tests.Fixtures;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Tests.Load;

[TestFixture]
public sealed class LoadPlanTests
{
    [Test]
    public void Batches_SeedGraph_RunInDependencyOrder()
    {
        var steps = new LoadPlan(SeedGraph.Build(), 0, 2000).Batches().Select(b => b.Step.Split(':')[0]).Distinct().ToList();
        Assert.That(steps, Is.EqualTo(new[] { "entities", "articles", "sentences", "mentions", "comentions", "claims", "claim-edges" }));
    }

    [Test]
    public void Batches_UnknownEntityType_SkippedAndCounted()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        reader.EntityRows.Add(new EntityRecord("d:thing:x", "X", "Thing", null, [], true, 0.5, 1, 1));
        var plan = new LoadPlan(reader, 0, 2000);

        var labels = plan.Batches().Where(b => b.Step.StartsWith("entities:", StringComparison.Ordinal)).Select(b => b.Step).ToList();

        Assert.That(labels, Does.Not.Contain("entities:Thing"));
        Assert.That(plan.Skipped["entity type 'Thing'"], Is.EqualTo(1));
    }

    [TestCase("mention", "china|a-china-taliban", "load/delete-mentions", "{\"entity\":\"china\",\"article\":\"a-china-taliban\"}")]
    [TestCase("comention", "china|taliban", "load/delete-comentions", "{\"a\":\"china\",\"b\":\"taliban\"}")]
    [TestCase("sentence", "p115:0", "load/delete-sentences", "\"p115:0\"")]
    public void Batches_Tombstone_BecomesDeleteRow(string kind, string key, string statement, string row)
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        reader.Revision = 2;
        reader.Tombstones.Add(new Tombstone(kind, key, 2));

        LoadBatch batch = new LoadPlan(reader, 1, 2000).Batches().Single();

        Assert.That(batch.Statement.Text, Is.EqualTo(CypherLibrary.Get(statement)));
        Assert.That(KnowledgeGraph.Neo4j.Http.JsonValueWriter.ToJson(batch.Statement.Parameters.Values.Single()), Is.EqualTo($"[{row}]"));
    }

    [Test]
    public void Batches_MalformedPairKey_Dropped()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        reader.Revision = 2;
        reader.Tombstones.Add(new Tombstone("comention", "china", 2));

        Assert.That(new LoadPlan(reader, 1, 2000).Batches(), Is.Empty);
    }

    [Test]
    public void Batches_WithoutDeletions_IgnoresTombstones()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        reader.Tombstones.Add(new Tombstone("entity", "china", 1));

        Assert.That(new LoadPlan(reader, 0, 2000, includeDeletions: false).Batches().Select(b => b.Step), Has.None.StartsWith("delete:"));
    }
}
