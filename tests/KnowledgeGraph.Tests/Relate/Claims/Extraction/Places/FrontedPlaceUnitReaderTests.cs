namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A sentence opening with where it happens places the armed group whose unit it names, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class FrontedPlaceUnitReaderTests
{
    // Written lines in the manner of strike reports and war news (no corpus sentence opens with a place and names a
    // group's unit): the group is based there.
    [TestCase("Near Mosul, two strikes struck an ISIL tactical unit and destroyed an ISIL fighting position.", "islamic-state BASED_IN mosul")]
    [TestCase("In Kunduz, Taliban fighters overran the police headquarters.", "taliban BASED_IN kunduz")]
    public void Read_OpeningPlaceAndGroupUnit_GroupBasedThere(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line: officials are no armed unit, so the place of a meeting places no one.
    [Test]
    public void Read_OpeningPlaceAndGroupOfficials_NoBase()
    {
        Assert.That(ShippedClaims.Of("In Beijing, Taliban officials met Chinese diplomats."), Has.None.Contains("BASED_IN"));
    }

    // Seed article 003 (annotated seed set, which places no one here): the opening place reaches only the clause after its
    // comma, not the Wagner forces a later clause denies calling on.
    [Test]
    public void Read_GroupUnitAfterClauseBreak_NotPlaced()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Burkina Faso, the latest coup leader Ibrahim Traoré seems to be playing both sides: he reportedly told US diplomats that he did not intend to call on Wagner forces, but some of his local suping porters have called for a new strategic partnership with Moscow, and Russian flags were prominently on display as he took over the capital Ouagadougou.");

        Assert.That(claims, Does.Not.Contain("wagner-group BASED_IN burkina-faso"));
    }
}
