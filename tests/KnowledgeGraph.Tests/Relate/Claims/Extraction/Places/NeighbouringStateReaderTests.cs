namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A country a report calls "neighbouring" borders the country of the report's dateline, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class NeighbouringStateReaderTests
{
    // Written dev h49/a3.md:9: the report is filed from Kabul; Tajikistan is Afghanistan's neighbour.
    [Test]
    public void Read_NeighbouringCountryInDatelinedReport_BordersTheDatelineCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("KABUL, April 22 (Reuters) - Taliban border forces killed four suspected drug smugglers in a firefight on the Panj river in Badakhshan province this week, officials said on Wednesday, as the group and neighbouring Tajikistan trade accusations over a surge in methamphetamine and heroin trafficking across their shared frontier.");

        Assert.That(claims, Does.Contain("tajikistan BORDERS afghanistan"));
    }

    // Written dev h48/a2.md:27 without its article: with no dateline, "neighbouring" names no other side.
    [Test]
    public void Read_NeighbouringCountryWithoutDateline_NoBorder()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In neighbouring Tajikistan, where Chinese companies dominate gold and antimony mining, public protest is rare.");

        Assert.That(claims, Has.None.Contains("BORDERS"));
    }
}
