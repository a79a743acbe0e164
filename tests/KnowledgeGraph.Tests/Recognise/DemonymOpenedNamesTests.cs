using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class DemonymOpenedNamesTests
{
    // h57/a1.md, h47/a1.md, h37/a3.md: "the <demonym> <name>" is one organisation, not the state and a shorter name.
    [TestCase("\"For Bishkek the railway is a bet that transit fees will outweigh the debt,\" said Nargiza Alimova, a researcher at the Central Asian Institute for Policy Studies in Bishkek.",
        "Central Asian Institute for Policy Studies→d:organisation:central-asian-institute-for-policy-study:discovered",
        "d:person:nargiza-alimova HOLDS_ROLE_IN d:organisation:central-asian-institute-for-policy-study")]
    [TestCase("The centre is financed and staffed by the Confucius Institute at Kyrgyz National University in Bishkek, which is itself funded by the Chinese International Education Foundation, a Beijing-based body that took over the running of the institutes from Hanban in 2020.",
        "Chinese International Education Foundation→d:organisation:chinese-international-education-foundation:discovered",
        "d:organisation:chinese-international-education-foundation BASED_IN beijing")]
    [TestCase("The Afghan Women's Refugee Network, a London-based advocacy group, criticised China and Kazakhstan this week for delivering assistance through Taliban ministries that bar women from working.",
        "Afghan Women's Refugee Network→d:organisation:afghan-womens-refugee-network:discovered",
        "d:organisation:afghan-womens-refugee-network CRITICIZES china")]
    public void Join_DemonymAfterTheOpensOrganisation_IsOneName(string line, string mention, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Assert.That(Docs.Mentions(doc), Does.Contain(mention));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain(claim));
    }

    // The CIA World Factbook's Armenia entry: a state's army after its demonym keeps its owner (the Red Army of the
    // Soviet Union), not one name "Soviet Red Army".
    [Test]
    public void Join_NameEndsWithStateBodyHead_KeepsTheState()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Armenia declared its independence in 1918 in the wake of the Bolshevik Revolution in Russia, but it was conquered by the Soviet Red Army in 1920.");
        Assert.That(Docs.Mentions(doc), Has.None.StartsWith("Soviet Red Army"));
        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("d:organisation:red-army PART_OF soviet-union"));
    }
}
