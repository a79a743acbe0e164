namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>An organisation described in apposition as another's branch, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ApposedBranchReaderTests
{
    // tests/eval/written/h32/a1.md:24 (a demonym before the branch noun places the branch)
    [Test]
    public void Read_NameCommaDemonymBranchOf_PartOfWholeAndBasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamic State Khorasan Province, the Afghan branch of Islamic State, has attacked Taliban officials in Balkh province, through which the railway would pass, and Pakistan's Kurram district has been scarred by years of sectarian violence.");

        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state").And.Contain("iskp BASED_IN afghanistan"));
        Assert.That(claims, Has.None.Match("islamic-state BASED_IN"));
    }

    // tests/eval/written/h30/a2.md:10 (a short form in brackets and a modifier before the noun)
    [Test]
    public void Read_ShortFormThenRegionalAffiliateOf_PartOfWhole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Islamic State Khorasan Province (ISKP), the regional affiliate of the Islamic State group, claimed responsibility in a statement carried by the Amaq news agency, saying its fighters had targeted \"the Chinese oppressors of the Uyghur Muslims.\"");

        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state"));
    }

    // tests/eval/written/h33/a1.md:26 (the apposition after an object)
    [Test]
    public void Read_ObjectCommaDemonymAffiliateOf_BasedInCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbek officials said Azizov and Wang also discussed the Islamic State Khorasan Province (ISKP), the Afghan affiliate of the Islamic State, which has recruited Central Asians and threatened Chinese targets in its propaganda.");

        Assert.That(claims, Does.Contain("iskp PART_OF islamic-state").And.Contain("iskp BASED_IN afghanistan"));
        Assert.That(claims, Has.None.Match("BASED_IN uzbekistan"));
    }
}
