namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A place "home to" a named body, through the shipped pipeline on a VOA dev sentence.</summary>
[TestFixture]
internal sealed class HomeToReaderTests
{
    [Test]
    public void Read_PlaceHomeToBase_BaseBasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("For U.S. Africa Command, perhaps no situation is as concerning as the one in Djibouti, home to Camp Lemonnier, the only permanent U.S. military installation on the African continent and a hub for U.S. counterterror operations.");

        Assert.That(claims, Has.Some.Match("camp-lemonnier BASED_IN djibouti"));
    }

    [Test]
    public void Read_PlaceHomeToBaseDescribedByOwnersDemonym_BaseBasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Djibouti, home to the Chinese logistics and military base and a new Chinese-funded electric railway that connects it to Ethiopia, has borrowed the equivalent of more than 75 percent of its GDP from China.");

        Assert.That(claims, Has.Some.EqualTo("djibouti-base BASED_IN djibouti"));
        Assert.That(claims, Has.Some.EqualTo("china BUILDS_OR_OPERATES djibouti-base"));
    }

}
