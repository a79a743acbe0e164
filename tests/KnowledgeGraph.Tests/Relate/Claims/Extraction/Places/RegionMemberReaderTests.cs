namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A country counted among a region's states, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RegionMemberReaderTests
{
    // Seeds (000_b1cf9653562b7715.txt:256) and a written line: "among" or "one of" the region's states counts the subject
    // or the apposed country in the region.
    [TestCase("Uzbekistan was also among the most fiercely independent of the Central Asian states, eager to avoid joining any regional or international security institutions.", "uzbekistan PART_OF central-asia")]
    [TestCase("Kyrgyzstan, one of the poorest Central Asian countries, depends on remittances.", "kyrgyzstan PART_OF central-asia")]
    public void Read_CountryAmongRegionsStates_PartOfRegion(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines: countries listed before "and other" and the region's states, or after them and "such as" or
    // "including", are the region's.
    [TestCase("Kazakhstan and other Central Asian states have welcomed Chinese investment in their railways.", new[] { "kazakhstan PART_OF central-asia" })]
    [TestCase("Central Asian countries such as Uzbekistan and Tajikistan depend on trade with China.", new[] { "uzbekistan PART_OF central-asia", "tajikistan PART_OF central-asia" })]
    [TestCase("Beijing has lent billions to African nations, including Zambia, Angola and Djibouti.", new[] { "zambia PART_OF africa", "angola PART_OF africa", "djibouti PART_OF africa" })]
    public void Read_CountriesListedWithRegionsStates_PartOfRegion(string sentence, string[] expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Is.SupersetOf(expected));
    }

    // VOA dev (2018-07-14-chinese-businesses-africa-opportunities.md:11): a country after a preposition is not the subject
    // the region's states count.
    [Test]
    public void Read_CountryAfterPreposition_NoClaim()
    {
        const string sentence = "Projects like the $4 billion Standard Gauge Railway in Kenya and the $3.5 billion free-trade zone in Djibouti are among the biggest investments African countries have made in their industrialization, with broad implications for transportation and commerce.";
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("PART_OF africa"));
    }

    // Written: envoys from the region's states count no named country in it.
    [Test]
    public void Read_NoCountryCounted_NoClaim()
    {
        Assert.That(ShippedClaims.Of("The Taliban hosted envoys from the Central Asian states."), Has.None.Contains("PART_OF central-asia"));
    }
}
