using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>A state's possessed government body, through the shipped pipeline on a seed sentence.</summary>
[TestFixture]
internal sealed class StateBodyReaderTests
{
    [Test]
    public void Read_StatesGovernmentBody_PartOfState()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "This month, the US Department of Justice charged a member of Iran’s elite Revolutionary Guards with directing agents in the US to murder John Bolton, Trump’s national security adviser.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("irgc PART_OF iran"));
    }

    [Test]
    public void Read_StatesStateCompany_PartOfState()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "83 Kazakhstan lost a $680-million investment, while Russia’s Rosneft lost a $9-billion investor.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("rosneft PART_OF russia"));
    }

    [Test]
    public void Read_PossessedPrivateCompany_NoPartOf()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Ozon, which could be seen as Russia’s Amazon or Alibaba, had a market capitalisation of $2.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => c.Predicate), Has.None.EqualTo("PART_OF"));
    }
}
