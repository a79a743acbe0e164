using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class PlaceGivenNamesTests
{
    // Written development lines (h46, h66, h68): a town's or a capital's name is a person's given name.
    [TestCase("Iran's ambassador to India, Iraj Elahi, who attended the session, said Tehran and Kabul had agreed to cut transit fees for Indian cargo bound for Afghanistan.",
        "Iraj Elahi")]
    [TestCase("WFP country director Sofia Brandt said the agency had pre-positioned food for only 60,000 people in the east and would have to divert stocks from Herat and Kandahar.",
        "Sofia Brandt")]
    [TestCase("\"For China, Pakistan is the showroom of the Digital Silk Road,\" said Hamza Qureshi, a researcher at the Islamabad-based Sustainable Development Policy Institute.",
        "Hamza Qureshi")]
    public void Release_PlaceOpeningPersonName_YieldsTheWholeName(string text, string person)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, text);
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Single(m => m.Entity.Name == person).Entity.Type, Is.EqualTo(EntityType.Person));
    }

    // Written development line (h39): a body whose name a place ends speaks too; a verb of speech after it makes no person.
    [Test]
    public void Release_PlaceEndingNameBeforeSpeech_MakesNoPerson()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Taza Naryn said its members would not leave the road until he was freed and the commission published its findings.");
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Person).Select(m => m.Entity.Name), Is.Empty);
    }
}
