namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Matching;

/// <summary>Triggers whose words stand apart with a topic or a place between them, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class TriggerGapMatcherTests
{
    // Written wire-report lines (no seed or VOA sentence puts a topic between a relation noun and its preposition).
    [Test]
    public void End_TopicBetweenNounAndPreposition_NounStillRelatesTheParties()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbekistan signed an agreement on water sharing with Kyrgyzstan.");

        Assert.That(claims, Does.Contain("kyrgyzstan SIGNS_AGREEMENT_WITH uzbekistan"));
    }

    [Test]
    public void End_NameInsideTheTopic_NoGapRead()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia hosted talks on Afghanistan with envoys from China, Pakistan and Iran.");

        Assert.That(claims, Has.None.Match("NEGOTIATES_WITH (china|iran|pakistan)"));
    }

    // Wire report (the twenty-ninth development set): the place of the talks stands between the noun and its "with".
    [Test]
    public void End_PlaceBetweenNounAndPreposition_Negotiates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The meeting came days after China's special envoy for Afghanistan, Yue Xiaoyong, held talks in Kabul with Foreign Minister Amir Khan Muttaqi and Deputy Prime Minister Abdul Ghani Baradar on security and trade.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi NEGOTIATES_WITH yue-xiaoyong"));
        Assert.That(claims, Does.Contain("abdul-ghani-baradar NEGOTIATES_WITH yue-xiaoyong"));
        Assert.That(claims, Has.None.Contains("NEGOTIATES_WITH kabul"));
    }
}
