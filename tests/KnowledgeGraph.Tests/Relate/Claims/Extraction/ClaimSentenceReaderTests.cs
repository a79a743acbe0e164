namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>How the sentence reader builds a claim from what its readers find, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class ClaimSentenceReaderTests
{
    // seeds/000:746: the resolver reads a capital after a preposition as the city; between states it is the country.
    [Test]
    public void Read_CapitalInRelationWithState_CountryIsTheParty()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Some are concerned about Beijing’s closeness to Islamabad.");

        Assert.That(claims, Does.Contain("china ALLIED_WITH pakistan").And.Not.Contain("china ALLIED_WITH islamabad"));
    }

    // seeds/000:131: a structural claim keeps the place itself ("in Tianjin" is where, not a state).
    [Test]
    public void Read_CapitalInStructuralClaim_StaysThePlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Regional Anti-Terrorism Structure (RATS) in Tashkent gathers intelligence for the SCO.");

        Assert.That(claims, Has.None.Match("BASED_IN uzbekistan"));
    }
}
