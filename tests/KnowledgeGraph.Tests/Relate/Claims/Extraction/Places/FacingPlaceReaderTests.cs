namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>Places across a border stated by a verb of facing, through the shipped pipeline on real sentences.</summary>
[TestFixture]
internal sealed class FacingPlaceReaderTests
{
    // Written dev h43/a2.md:17: a relative after the town's name and its comma.
    [Test]
    public void Read_RelativeFacesTown_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chaman, which faces the Afghan town of Spin Boldak, carries much of the trade between Pakistan's Balochistan province and southern Afghanistan, as well as Afghan transit cargo from the port of Karachi.");

        Assert.That(claims, Does.Contain("chaman BORDERS spin-boldak"));
    }

    // Written dev h35/a3.md:26: a clause between commas after the province, and a state's possessive before the other.
    [Test]
    public void Read_WhereClauseThenFacesProvince_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Still, trade has continued: state power company Barqi Tojik supplies electricity to northern Afghanistan under a contract extended last year, and Tajikistan's Khatlon province, where the new Chinese-financed line will end, faces Afghanistan's Kunduz province across the Panj River.");

        Assert.That(claims, Does.Contain("khatlon BORDERS kunduz"));
    }

    // Written dev h37/a2.md:25: the relative closing the apposition is said of the town it describes, not of the province
    // named right before it.
    [Test]
    public void Read_ApposedTownThatFaces_TownBordersNotProvince()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("At Chaman, a town in Pakistan's Balochistan province that faces the Afghan border town of Spin Boldak, families said border police had separated men from women and children during checks.");

        Assert.That(claims, Does.Contain("chaman BORDERS spin-boldak"));
        Assert.That(claims, Does.Not.Contain("balochistan BORDERS spin-boldak"));
    }

    // Written lines: states facing each other in a match, or a capital facing pressure, share no border.
    [TestCase("Pakistan faces India in the final on Sunday.")]
    [TestCase("Kabul faces pressure from Islamabad over the TTP.")]
    public void Read_StatesOrCapitals_NoBorder(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contain("BORDERS"));
    }
}
