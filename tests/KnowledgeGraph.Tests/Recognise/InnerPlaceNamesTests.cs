using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

[TestFixture]
internal sealed class InnerPlaceNamesTests
{
    [Test]
    public void Release_PlaceStartingNameAfterBodyNoun_YieldsTheWholeName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Galym Seitkali, an energy analyst at the Almaty-based consultancy Caspian Gate Research, said Line D would bind Central Asia more tightly to China than any project since the Soviet collapse.");
        Paragraph paragraph = doc.Paragraphs[0];
        Mention body = paragraph.Mentions.Single(m => m.Entity.Name == "Caspian Gate Research");
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Id), Does.Not.Contain("caspian-sea"));
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain("Galym Seitkali HOLDS_ROLE_IN Caspian Gate Research"));
    }

    [Test]
    public void Release_DemonymStartingNameAfterBasedModifier_IsAWordOfTheName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "\"One bomb on the line would scare off every financier,\" said Ahmad Shah Ahmadzai, a former Afghan deputy energy minister who now heads the Kabul-based Afghan Energy Forum.");
        Paragraph paragraph = doc.Paragraphs[0];
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Name), Does.Contain("Afghan Energy Forum").And.Not.Contain("Energy Forum"));
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain("Ahmad Shah Ahmadzai LEADS Afghan Energy Forum"));
    }

    [Test]
    public void Release_PlaceAfterUniversityOf_IsAWordOfTheName()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "The network also runs the Khorog campus of the University of Central Asia, which the Aga Khan founded in 2000.");
        Paragraph paragraph = doc.Paragraphs[0];
        Mention body = paragraph.Mentions.Single(m => m.Entity.Name == "University of Central Asia");
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Id), Does.Not.Contain("central-asia"));
    }

    [Test]
    public void Release_ProjectNameBeforeCompanySuffix_IsTheCompany()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Under a deal signed in Bishkek in June, the three governments set up a joint company, China-Kyrgyzstan-Uzbekistan Railway Company, in which China holds 51 percent and Kyrgyzstan and Uzbekistan 24.5 percent each, to build and operate the line.");
        Paragraph paragraph = doc.Paragraphs[0];
        Mention body = paragraph.Mentions.Single(m => m.Entity.Name == "China-Kyrgyzstan-Uzbekistan Railway Company");
        Assert.That(body.Entity.Type, Is.EqualTo(EntityType.Organisation));
        Assert.That(paragraph.Mentions.Select(m => m.Entity.Id), Does.Not.Contain("china-kyrgyzstan-uzbekistan-railway"));
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"),
            Does.Contain("China INVESTS_IN China-Kyrgyzstan-Uzbekistan Railway Company"));
    }

    [TestCase("Now it is 17 days,\" said Ahmad Zia Noori, head of the Herat Chamber of Commerce and Investment.",
        "Herat Chamber of Commerce and Investment", "Ahmad Zia Noori LEADS Herat Chamber of Commerce and Investment")]
    [TestCase("\"We have lost everything in these three months,\" said Gul Rehman Afridi, vice-president of the Pakistan-Afghanistan Joint Chamber of Commerce and Industry, who estimated that traders on both sides had lost at least $1 billion.",
        "Pakistan-Afghanistan Joint Chamber of Commerce and Industry",
        "Gul Rehman Afridi HOLDS_ROLE_IN Pakistan-Afghanistan Joint Chamber of Commerce and Industry")]
    public void Release_PlaceBeforeBodyPrefixOf_IsAWordOfTheName(string text, string body, string claim)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, text);
        Paragraph paragraph = doc.Paragraphs[0];
        Mention name = paragraph.Mentions.Single(m => m.Entity.Name == body);
        Assert.That(name.Entity.Type, Is.EqualTo(EntityType.Organisation));
        // Nothing (the place Herat, the countries of "Pakistan-Afghanistan") is read inside the body's name.
        Assert.That(paragraph.Mentions.Where(m => m != name && m.Start >= name.Start && m.End <= name.End), Is.Empty);
        Assert.That(paragraph.Claims.Select(c => $"{c.Subject.Name} {c.Predicate} {c.Object.Name}"), Does.Contain(claim));
    }

    [Test]
    public void Release_CountryAfterGovernmentOf_StaysTheCountry()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Government of Pakistan said the talks would resume in Islamabad.");
        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Id), Does.Contain("pakistan"));
    }
}
