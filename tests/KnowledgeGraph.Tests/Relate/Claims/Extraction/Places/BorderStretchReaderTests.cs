using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>Where a border found runs, through the shipped pipeline on written wire-report lines.</summary>
[TestFixture]
internal sealed class BorderStretchReaderTests
{
    // The place after the stretch's preposition lies on one side; the party on the other side borders it.
    [TestCase("China, which borders Afghanistan through the narrow Wakhan Corridor, has invested in the Mes Aynak copper project and the Amu Darya oil fields.", "china BORDERS wakhan-corridor")]
    [TestCase("China, whose own 92-km border with Afghanistan runs along the eastern tip of the Wakhan Corridor, has watched the trafficking with concern.", "china BORDERS wakhan-corridor")]
    public void Read_PlaceAfterBorderStretch_OtherSideBordersIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // The parties may be a reference coreference resolved: the line follows the paragraph naming the two countries.
    [Test]
    public void Read_TwoCountriesShareFrontierAtPlace_OtherSideBordersIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The Urumqi route needed approval from Beijing, which kept its embassy in Kabul open after the Taliban takeover but has not formally recognised the Taliban government. China's ambassador to Afghanistan, Zhao Xing, called the flights \"a new bridge between two neighbours\" at a reception for the inaugural flight.",
            "The two countries share a 92-km frontier at the eastern tip of the Wakhan Corridor, but no road crossing there is open to traffic.");

        Assert.That(claims, Does.Contain("china BORDERS wakhan-corridor"));
    }

    // A passage a party borders through is its own part, by the gazetteer or by the country both lie in.
    [TestCase("China, which borders Afghanistan through the narrow Wakhan Corridor, has invested in the Mes Aynak copper project and the Amu Darya oil fields.", "wakhan-corridor PART_OF afghanistan")]
    [TestCase("China's main worry is the Turkestan Islamic Party, a Uyghur militant group that Beijing says operates from Afghanistan's Badakhshan province, which borders Xinjiang through the Wakhan Corridor.", "wakhan-corridor PART_OF badakhshan")]
    public void Read_PassageBorderedThrough_PartOfItsSide(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // "along" says where the border runs, not whose ground the place is.
    [Test]
    public void Read_PlaceAlongBorder_NoPart()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China, whose own 92-km border with Afghanistan runs along the eastern tip of the Wakhan Corridor, has watched the trafficking with concern.");

        Assert.That(claims, Has.None.Match("^wakhan-corridor PART_OF"));
    }
}
