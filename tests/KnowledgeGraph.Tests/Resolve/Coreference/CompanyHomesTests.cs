using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// "the Chinese company", "the Russian company": a company described by a demonym is one named before whose own name
/// writes no other country, through the production pipeline on the shipped gazetteers and coreference.yaml.
/// </summary>
[TestFixture]
internal sealed class CompanyHomesTests
{
    // Development text (h65): the subject Uzbekneftegaz writes Uzbekistan in its name, so "the Chinese company" is CNPC.
    [Test]
    public void Agrees_CompanyWhoseNameWritesAnotherCountry_IsPassedOver()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "Last month the state energy company Uzbekneftegaz signed a preliminary agreement with CNPC under which the Chinese company will help build a 60-km spur linking the Mubarek gas processing plant to the network.");

        Assert.That(At(doc, 0, "the Chinese company")?.Entity.Id, Is.EqualTo("cnpc"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("cnpc BASED_IN china"));
        Assert.That(ShippedClaims.In(doc), Does.Not.Contain("uzbekneftegaz BASED_IN china"));
    }

    // Development text (h68): Kazakhtelecom, the nearer company, writes Kazakhstan in its name; ZTE writes none.
    [Test]
    public void Agrees_CompanyWhoseNameWritesNoCountry_IsKept()
    {
        Document doc = Docs.Process(
            ShippedPipeline.Value,
            "He said the government had chosen ZTE over a rival bid from Kazakhstan's Kazakhtelecom because the Chinese company had arranged a loan from China Development Bank covering 85% of the cost.");

        Assert.That(At(doc, 0, "the Chinese company")?.Entity.Id, Is.EqualTo("zte"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("zte BASED_IN china"));
    }

    // Development text (h58): Metallurgical Corporation of China writes its state only in an alias (China Metallurgical
    // Group Corporation), so "The state-owned company" is part of China.
    [Test]
    public void Home_StateWrittenInAlias_IsThatState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "China accepted Bilal Karimi as the Taliban's ambassador in Beijing in early 2024 but has stopped short of formal recognition. Russia became the first country to recognise the Taliban government last July.",
            "MCC won the Mes Aynak concession in 2008 with a bid of about $3 billion, but work stalled for more than a decade amid insecurity, disputes over terms and the discovery of ancient Buddhist ruins at the site. The state-owned company resumed road building at the mine in 2024 and says it hopes to begin extraction in 2027.");

        Assert.That(claims, Does.Contain("metallurgical-corporation-of-china PART_OF china"));
    }
}
