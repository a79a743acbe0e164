namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A place chosen for a person's visit, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ChosenDestinationReaderTests
{
    // seeds/000:578 and seeds/000:534 ("his" resolves to Xi Jinping); the last line is written in the wire form.
    [TestCase("Chinese President Xi Jinping’s decision to make Central Asia the site of his first foreign visit since the coronavirus pandemic began is an unsurprising one.", "xi-jinping VISITS central-asia")]
    [TestCase("President Xi Jinping’s decision to pick Central Asia for his first foreign trip since the Covid-19 pandemic began reflects Beijing’s confidence that it is now the ascendant power in the Eurasian heartland.", "xi-jinping VISITS central-asia")]
    [TestCase("Xi chose Kazakhstan for his first trip abroad.", "xi-jinping VISITS kazakhstan")]
    public void Read_PlaceChosenForPossessorsVisit_TravellerVisitsPlace(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a place chosen for something that is no visit states nothing.
    [Test]
    public void Read_PlaceChosenForNoVisit_NoVisit()
    {
        Assert.That(ShippedClaims.Of("China picked Pakistan for its investment."), Has.None.Contains("VISITS"));
    }
}
