namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>Places on either side of a river or border, through the shipped pipeline on real sentences.</summary>
[TestFixture]
internal sealed class FarSidePlaceReaderTests
{
    // Written dev h49/a3.md:11 after the article's first paragraph (its district names apply in an Afghan article): the
    // district before the comma, a dividing noun and a demonym before the town.
    [Test]
    public void Read_DistrictAcrossTheRiverFromTown_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "KABUL, April 22 (Reuters) - Taliban border forces killed four suspected drug smugglers in a firefight on the Panj river in Badakhshan province this week, officials said on Wednesday, as the group and neighbouring Tajikistan trade accusations over a surge in methamphetamine and heroin trafficking across their shared frontier.",
            "Mawlawi Abdul Hadi Mansoor, who commands the Taliban's border forces in the northeast, said the smugglers opened fire when his men tried to stop a boat carrying 120 kg of methamphetamine near Shighnan district, across the river from the Tajik town of Khorog.");

        Assert.That(claims, Does.Contain("khorog BORDERS shighnan-af"));
    }

    // Written dev h26/a2.md:18: the fronted phrase with a river's name, the province after the verb of lying.
    [Test]
    public void Read_FrontedAcrossRiverFromTownLiesProvince_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Across the Panj from Khorog lies Afghanistan's Badakhshan province, and further east the Wakhan Corridor, where Taliban border units have been reinforced since last year.");

        Assert.That(claims, Does.Contain("badakhshan BORDERS khorog"));
    }

    // Written lines: no "from" after the line, or states rather than places within them.
    [TestCase("The rally in Kabul drew crowds from across the country.")]
    [TestCase("The fighters crossed into Badakhshan from across the border in Tajikistan.")]
    [TestCase("Pakistan, across the border from Afghanistan, is worried.")]
    public void Read_NoPlacesAcrossALine_NoBorder(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contain("BORDERS"));
    }
}
