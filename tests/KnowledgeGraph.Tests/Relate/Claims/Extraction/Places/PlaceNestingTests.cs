namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>Places that cannot lie in others, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PlaceNestingTests
{
    [Test]
    public void Encloses_AreaBeforeCountry_NoPartOfClaim()
    {
        // Written wire-report line: "Africa tour in Eritrea" read Africa (a continent whose links reach no country) as
        // PART_OF Eritrea.
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese Foreign Minister Wang Yi began his annual Africa tour in Eritrea.");

        Assert.That(claims, Does.Contain("wang-yi HOLDS_ROLE_IN china").And.None.Contains("africa PART_OF"));
    }
}
