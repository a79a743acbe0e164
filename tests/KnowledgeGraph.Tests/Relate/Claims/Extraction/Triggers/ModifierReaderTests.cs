namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Compound modifiers glued to a name by a hyphen, through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class ModifierReaderTests
{
    // VOA dev: 2018-08-08-chinese-news-outlets-cover-africa.md:9 ("Chinese-owned": ownership is investment; the fronted place is where)
    [Test]
    public void Read_DemonymOwnedUnderFrontedPlace_InvestsInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Rwanda, a Chinese-owned garment factory provides jobs to hundreds of local workers.");

        Assert.That(claims, Does.Contain("china INVESTS_IN rwanda"));
    }

    // VOA dev: 2018-02-18-chinese-new-year-skit-kenya-railway-backlash.md:27 ("the state" resolved to China is no name of a compound)
    [Test]
    public void Read_StateOwnedBody_NoInvestment()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese Spring Festival Gala, broadcast on the state-owned China Central Television network to millions of households across China, is different.");

        Assert.That(claims, Has.None.Match("INVESTS_IN"));
        Assert.That(claims, Does.Contain("cctv PART_OF china"));
    }
}
