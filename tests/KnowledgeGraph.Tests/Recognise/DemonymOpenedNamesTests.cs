using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class DemonymOpenedNamesTests
{
    // h57/a1.md, h47/a1.md, h37/a3.md: "the <demonym> <name>" is one organisation, not the state and a shorter name.
    [TestCase("\"For Bishkek the railway is a bet that transit fees will outweigh the debt,\" said Nargiza Alimova, a researcher at the Central Asian Institute for Policy Studies in Bishkek.",
        "Central Asian Institute for Policy Studies", "Nargiza Alimova HOLDS_ROLE_IN Central Asian Institute for Policy Studies")]
    [TestCase("The centre is financed and staffed by the Confucius Institute at Kyrgyz National University in Bishkek, which is itself funded by the Chinese International Education Foundation, a Beijing-based body that took over the running of the institutes from Hanban in 2020.",
        "Chinese International Education Foundation", "Chinese International Education Foundation BASED_IN Beijing")]
    [TestCase("The Afghan Women's Refugee Network, a London-based advocacy group, criticised China and Kazakhstan this week for delivering assistance through Taliban ministries that bar women from working.",
        "Afghan Women's Refugee Network", "Afghan Women's Refugee Network CRITICIZES China")]
    public void Join_DemonymAfterTheOpensOrganisation_IsOneName(string line, string name, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, line);
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Single(m => m.Entity.Name == name).Entity.Type, Is.EqualTo(EntityType.Organisation));
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain(claim));
    }
}
