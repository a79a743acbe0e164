using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Objects the token rules find right of a trigger, through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class ObjectFinderTests
{
    [Test]
    public void Find_ActorNounWithBody_BodyIsObject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Kenyan authorities have arrested seven officials with the China Road and Bridge Corporation (CRBC) for bribing investigators looking into corruption tied to the Standard Gauge Railway, the Daily Nation, one of Kenya’s largest newspapers, reported Sunday.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("kenya DETAINS china-road-and-bridge-corporation"));
    }
}
