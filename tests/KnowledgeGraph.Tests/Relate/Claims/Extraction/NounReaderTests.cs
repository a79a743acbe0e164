using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Nominal triggers read by the token rules, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class NounReaderTests
{
    [Test]
    public void Read_ResolvedPossessivePronoun_IsTheAgent()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Then Chinese Premier Li Peng had already promoted the idea of reviving the old Silk Road during his tour of Central Asia in April 1994, when he stopped at all the capitals except war-torn Dushanbe.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("li-peng VISITS central-asia"));
    }
}
