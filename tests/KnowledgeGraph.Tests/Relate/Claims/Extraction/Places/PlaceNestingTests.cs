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

    // CIA World Factbook, Malta (relation training set): a sea the gazetteer puts in no country lies in none.
    [Test]
    public void Encloses_SeaBeforeCountry_NoPartOfClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Situated in the center of the Mediterranean, Malta’s islands have long served as a strategic military asset, with the islands at various times falling under the control of the Phoenicians, Carthaginians, Greeks, Romans, Byzantines, Moors, Normans, Sicilians, Spanish, Knights of St. John, and French.");

        Assert.That(claims, Has.None.Contains("PART_OF"));
    }
}
