using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

/// <summary>An unknown name right after a country's possessive is that country's body, through the shipped pipeline on written dev lines.</summary>
[TestFixture]
internal sealed class PossessedOrganisationsTests
{
    // Written dev h35/a3.md:12, h53/a3.md:25, h53/a3.md:11: a company the gazetteer lacks, after its country's possessive.
    [TestCase("Italy's Webuild has been the main contractor since 2016, and the plant's first two turbines began producing power in 2018 and 2019.", "Webuild→d:organisation:webuild:discovered", "d:organisation:webuild BASED_IN italy")]
    [TestCase("In neighbouring Uzbekistan, Chinese developers compete for contracts with Masdar of the United Arab Emirates and Saudi Arabia's ACWA Power, which have built some of that country's largest power plants.", "ACWA Power→d:organisation:acwa-power:discovered", "d:organisation:acwa-power BASED_IN saudi-arabia")]
    [TestCase("It is being developed by China's Tianhe Solar Power and its Kazakh partner, Zhetisu Green Energy.", "Tianhe Solar Power→d:organisation:tianhe-solar-power:discovered", "d:organisation:tianhe-solar-power BASED_IN china")]
    public void Named_UnknownNameAfterCountrysPossessive_IsItsBody(string sentence, string mention, string claim)
    {
        Assert.That(Docs.Mentions(Docs.Process(ShippedPipeline.Value, sentence)), Does.Contain(mention));
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(claim));
    }

    // Written dev h28/a1.md:10: a name that qualifies a lower-case noun after it names no body; nor does a place after a
    // locative and the country, nor a person's name, nor names joined by "and" with a noun of a place among them (the
    // relation model's training text, factbook australia-oceania-nh.txt:3).
    [TestCase("The 1,000-km line is designed to carry 30 billion cubic metres of gas a year from Turkmenistan's Galkynysh field through Uzbekistan, Tajikistan and Kyrgyzstan to Xinjiang, China's far-western region.", "Galkynysh")]
    [TestCase("Fighting broke out near Tajikistan's Ishkoshim on Monday.", "Ishkoshim")]
    [TestCase("Russia's Sergei Ivanov met the delegation on Monday.", "Sergei Ivanov")]
    [TestCase("In 1606, a Portuguese explorer was the first European to see Vanuatu's Banks Islands and Espiritu Santo, setting up a short-lived settlement on the latter.", "Banks Islands and Espiritu Santo")]
    public void Named_QualifierPlaceOrPerson_IsNoBody(string sentence, string surface)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Paragraph paragraph = doc.Paragraphs[0];

        Assert.That(paragraph.Mentions.Where(m => paragraph.Text[m.Start..m.End] == surface).Select(m => m.Entity.Type), Has.None.EqualTo(EntityType.Organisation));
    }
}
