using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Verb triggers read by the token rules, through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class VerbReaderTests
{
    [Test]
    public void Read_TriggerEndingInItsPreposition_FindsObject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "\"There is a lot of economic activity, infrastructure development, medical, [you] name it, that China is working with Uganda,\" Baguma said.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("china COOPERATES_WITH uganda"));
    }
}
