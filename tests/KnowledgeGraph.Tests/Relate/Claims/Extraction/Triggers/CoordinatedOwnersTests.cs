namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Every conjunct of a nominal trigger's party gets the claim, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class CoordinatedOwnersTests
{
    [Test]
    public void AddAfter_AgentsCoordinatedAfterBy_EachAttacks()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "China has pressed Pakistan for tighter protection of the roughly 20,000 Chinese nationals working in the country after a string of attacks on Chinese workers by the Balochistan Liberation Army and the Pakistani Taliban.");

        Assert.That(claims, Does.Contain("balochistan-liberation-army ATTACKS china").And.Contain("ttp ATTACKS china"));
    }

    [Test]
    public void AddBefore_DemonymsCoordinatedBeforeGoods_EachTrades()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The Kazakh network also carries Turkmen and Uzbek gas to China through the three strings of the Central Asia-China gas pipeline.");

        Assert.That(claims, Does.Contain("china TRADES_WITH turkmenistan").And.Contain("china TRADES_WITH uzbekistan"));
    }

    [Test]
    public void AddBefore_DemonymsCoordinatedBeforeNoun_EachGives()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese, Qatari and Uzbek aid to Afghanistan has grown.");

        Assert.That(claims, Does.Contain("china PROVIDES_AID_TO afghanistan").And.Contain("qatar PROVIDES_AID_TO afghanistan"));
    }
}
