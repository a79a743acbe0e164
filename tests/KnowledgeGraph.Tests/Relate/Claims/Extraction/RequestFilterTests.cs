namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Verbs of requesting state DEMANDS_FROM only before an object and a to-infinitive, through the shipped pipeline on VOA sentences.</summary>
[TestFixture]
internal sealed class RequestFilterTests
{
    [Test]
    public void KeepInfinitives_AskedObjectToVerb_DemandsFrom()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "At a news conference Thursday, Pentagon spokesperson Dana White said the U.S. is “confident” Chinese nationals are behind two recent incidents involving four-engine military transport planes making their landings.",
            "She added that the Pentagon had issued a formal complaint and asked China to conduct its own investigation.");

        Assert.That(claims, Does.Contain("us-department-of-defense DEMANDS_FROM china"));
    }

    [Test]
    public void KeepInfinitives_AskedWithoutInfinitive_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "At a news conference Thursday, Pentagon spokesperson Dana White said the U.S. is “confident” Chinese nationals are behind two recent incidents involving four-engine military transport planes making their landings.",
            "She added that the Pentagon had issued a formal complaint and asked China about its own investigation.");

        Assert.That(claims, Has.None.Match("DEMANDS_FROM"));
    }
}
