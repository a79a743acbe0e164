using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class PlacePersonNamesTests
{
    // Written development lines (h42, h45, h51): a demonym or a province's name ends a titled person's name.
    [TestCase("Under the deals, which were signed in Kabul in the presence of Deputy Prime Minister for Economic Affairs Abdul Ghani Baradar, the company will invest at least $180 million in the two provinces over five years, ministry spokesman Humayoon Afghan told reporters.",
        "Humayoon Afghan")]
    [TestCase("The 50-km section, blasted through rock and scree at altitudes above 4,000 metres, was built over two summers by the Ministry of Public Works using Afghan contractors, a ministry spokesman, Mohammad Sediq Wardak, told Reuters.",
        "Mohammad Sediq Wardak")]
    [TestCase("Under the amended terms, CAPEIC will raise its planned investment in the fields, which straddle Sar-e Pul and Faryab provinces, to $700 million over five years, up from the $540 million it pledged when it first signed with the Taliban in January 2023, Ministry of Mines and Petroleum spokesman Humayoun Afghan told reporters.",
        "Humayoun Afghan")]
    // Written development lines (h71, h46, h66, h68): a verb of speech before the name or a role's apposition after it,
    // and a town's or a capital's name as a given name.
    [TestCase("\"Beijing's patience is not unlimited,\" said Farid Wardak, director of the Kabul-based Hindukush Centre for Security Studies.",
        "Farid Wardak")]
    [TestCase("Iran's ambassador to India, Iraj Elahi, who attended the session, said Tehran and Kabul had agreed to cut transit fees for Indian cargo bound for Afghanistan.",
        "Iraj Elahi")]
    [TestCase("WFP country director Sofia Brandt said the agency had pre-positioned food for only 60,000 people in the east and would have to divert stocks from Herat and Kandahar.",
        "Sofia Brandt")]
    [TestCase("\"For China, Pakistan is the showroom of the Digital Silk Road,\" said Hamza Qureshi, a researcher at the Islamabad-based Sustainable Development Policy Institute.",
        "Hamza Qureshi")]
    public void Release_PlaceInPersonsName_YieldsTheWholeName(string text, string person)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, text);
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Single(m => m.Entity.Name == person).Entity.Type, Is.EqualTo(EntityType.Person));
    }

    [Test]
    public void Release_DemonymBeforeNoun_StaysTheDemonym()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The 50-km section was built by the Ministry of Public Works using Afghan contractors, officials said.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Contain("afghanistan"));
    }

    // Written development line (h39): a body whose name a place ends speaks too; a verb of speech after it makes no person.
    [Test]
    public void Release_PlaceEndingNameBeforeSpeech_MakesNoPerson()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Taza Naryn said its members would not leave the road until he was freed and the commission published its findings.");
        Assert.That(doc.Paragraphs[0].Mentions.Where(m => m.Entity.Type == EntityType.Person).Select(m => m.Entity.Name), Is.Empty);
    }
}
