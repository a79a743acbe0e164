using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class PlaceSurnamesTests
{
    // Written development lines (h42, h45, h51): a demonym or a province's name ends a titled person's name.
    [TestCase("Under the deals, which were signed in Kabul in the presence of Deputy Prime Minister for Economic Affairs Abdul Ghani Baradar, the company will invest at least $180 million in the two provinces over five years, ministry spokesman Humayoon Afghan told reporters.",
        "Humayoon Afghan")]
    [TestCase("The 50-km section, blasted through rock and scree at altitudes above 4,000 metres, was built over two summers by the Ministry of Public Works using Afghan contractors, a ministry spokesman, Mohammad Sediq Wardak, told Reuters.",
        "Mohammad Sediq Wardak")]
    [TestCase("Under the amended terms, CAPEIC will raise its planned investment in the fields, which straddle Sar-e Pul and Faryab provinces, to $700 million over five years, up from the $540 million it pledged when it first signed with the Taliban in January 2023, Ministry of Mines and Petroleum spokesman Humayoun Afghan told reporters.",
        "Humayoun Afghan")]
    public void Release_PlaceEndingTitledName_YieldsTheWholeName(string text, string person)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, text);
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Single(m => m.Entity.Name == person).Entity.Type, Is.EqualTo(EntityType.Person));
    }

    // Written development line (h71): a verb of speech before the name and a role's apposition after it.
    [Test]
    public void Release_PlaceEndingSpeakerName_YieldsTheWholeName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "\"Beijing's patience is not unlimited,\" said Farid Wardak, director of the Kabul-based Hindukush Centre for Security Studies.");
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Single(m => m.Entity.Name == "Farid Wardak").Entity.Type, Is.EqualTo(EntityType.Person));
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Id), Does.Not.Contain("wardak"));
    }

    [Test]
    public void Release_DemonymBeforeNoun_StaysTheDemonym()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The 50-km section was built by the Ministry of Public Works using Afghan contractors, officials said.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Contain("afghanistan"));
    }
}
