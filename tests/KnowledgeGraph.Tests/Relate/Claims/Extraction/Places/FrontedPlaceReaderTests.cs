namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A militant group after a fronted place, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class FrontedPlaceReaderTests
{
    [Test]
    public void Read_MilitantGroupAfterFrontedPlace_BasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Afghanistan, the Islamic State of Khorasan Province (ISKP) has put out far more anti-Chinese propaganda than any other organization.");

        Assert.That(claims, Does.Contain("iskp BASED_IN afghanistan"));
    }

    [Test]
    public void Read_NoMilitantGroupAfterFrontedPlace_NoBasedIn()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Bamako, members of this Russian proxy militia are celebrated in the streets.");

        Assert.That(claims, Does.Not.Contain("russia BASED_IN bamako"));
    }
}
