namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A trip named by where it goes, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class TripReaderTests
{
    // Written wire-report lines (no corpus sentence names a trip by its destination's demonym): the traveller's
    // possessive, or the subject of the verb before the article, visits the place before the trip noun.
    [TestCase("Xi Jinping began his four-nation African tour in Senegal.", "xi-jinping VISITS africa")]
    [TestCase("Wang Yi wrapped up his Africa tour in Egypt.", "wang-yi VISITS africa")]
    [TestCase("Lavrov is on an African tour.", "sergey-lavrov VISITS africa")]
    [TestCase("Tillerson spoke hours before leaving on a five-country African trip.", "rex-tillerson VISITS africa")]
    public void Read_PlaceBeforeTripNoun_TravellerVisitsIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_TripNounAfterPlaceWithoutTraveller_NoVisit()
    {
        // Written: no possessive and no verb before an article name who travels.
        Assert.That(ShippedClaims.Of("The African tour was cancelled."), Has.None.Contains("VISITS"));
    }

    // Written wire-report lines: "due in" and "expected in" a place travel there; weather does not.
    [TestCase("A Chinese delegation is due in Kabul next week.", "china VISITS kabul")]
    [TestCase("Wang Yi is expected in Islamabad on Monday.", "wang-yi VISITS islamabad")]
    public void Read_DueOrExpectedInPlace_Visits(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
        Assert.That(ShippedClaims.Of("Rain is expected in Kabul."), Is.Empty);
    }
}
