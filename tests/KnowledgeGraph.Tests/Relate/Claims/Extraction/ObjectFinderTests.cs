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

    [Test]
    public void Find_NameAfterAnotherVerb_IsNotTheObject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "While it was never clear how antagonistic the core Taliban leadership itself was to the Indian government, the fact they hosted numerous militant groups targeting India and were close to Pakistan meant they seemed obvious adversaries.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Predicate} {c.Object.Id}"), Does.Not.Contain("HOSTS india"));
    }

    [Test]
    public void Find_StancePredicateDemonymBeforeNoun_CountryIsObject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Wang Jisi is a professor at Peking University.", "In it, Wang decried the excessive focus of Chinese foreign policy on Washington and the Asia-Pacific region, highlighting instead the opportunities and threats along China’s western land borders.");

        Assert.That(doc.Paragraphs[^1].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("wang-jisi CRITICIZES china"));
    }
}
