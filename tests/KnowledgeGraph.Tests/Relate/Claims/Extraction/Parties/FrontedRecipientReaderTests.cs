namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A fronted place as the object of a money trigger that names none, through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class FrontedRecipientReaderTests
{
    [Test]
    public void Read_FrontedCountryAndHyphenatedModifier_FundsTheCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Zambia, a Chinese-funded television project will bring satellite TV to 500 villages.");

        Assert.That(claims, Does.Contain("china FUNDS zambia"));
    }

    [Test]
    public void Read_FrontedCountryAndNounOfLightVerb_AidToTheCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Angola, China has offered aid in exchange for future rights to oil.");

        Assert.That(claims, Does.Contain("china PROVIDES_AID_TO angola"));
    }

    [Test]
    public void Read_PredicateNotMarkedFrontedPlace_NoClaimOnThePlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Ethiopia, a Chinese-built railway makes life easier for business owners and travelers.");

        Assert.That(claims, Has.None.Match("china .* ethiopia"));
    }
}
