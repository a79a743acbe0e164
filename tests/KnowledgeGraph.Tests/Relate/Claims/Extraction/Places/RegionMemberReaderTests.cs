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

    // Written: envoys from the region's states count no named country in it.
    [Test]
    public void Read_NoCountryCounted_NoClaim()
    {
        Assert.That(ShippedClaims.Of("The Taliban hosted envoys from the Central Asian states."), Has.None.Contains("PART_OF central-asia"));
    }
}
