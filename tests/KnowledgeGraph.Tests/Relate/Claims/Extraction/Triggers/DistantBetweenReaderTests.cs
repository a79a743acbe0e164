namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>"between X and Y" a few words after its noun, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class DistantBetweenReaderTests
{
    [TestCase("There is, sadly, a very high chance of Afghanistan becoming once again a place for geopolitical competition, this time between China and India.")]
    [TestCase("A new piece exploring what competition might take place between China and India in Afghanistan.")]
    public void Read_BetweenAfterGap_PartiesCompete(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china COMPETES_WITH india"));
    }

    [Test]
    public void Read_AnotherNounJoinedBeforeBetween_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But as the wider China-India relationship fell apart, in large part due to increasingly aggressive border clashes and the growing proximity between India and the US, this cooperation fell by the wayside.");

        Assert.That(claims, Has.None.Contains("ATTACKS"));
    }
}
