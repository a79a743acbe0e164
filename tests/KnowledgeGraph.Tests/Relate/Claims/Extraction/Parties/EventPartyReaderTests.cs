namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A curated event named with its parties, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class EventPartyReaderTests
{
    [TestCase("Both have been appalled by Russia’s invasion of Ukraine.")]
    [TestCase("The last one became somewhat obsolete quickly in large part because of the Russian invasion of Ukraine.")]
    [TestCase("A vacuum is developing as Russia’s war in Ukraine dismantles Moscow’s credibility and strength across the Eurasian heartland.")]
    public void Read_EventNamedWithItsParties_AgentAttacksTarget(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("russia ATTACKS ukraine"));
    }

    [Test]
    public void Read_EventNamedWithoutItsAgent_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kazakhstan has kept its distance from Moscow since the war in Ukraine began.");

        Assert.That(claims, Has.None.Contains("ATTACKS"));
    }

    // Written lines (no corpus sentence names these wars): a curated war between two states, written with both, is
    // fought each way (`agent` and `target` links of both in gazetteers/events.yaml).
    [TestCase("The 1971 India-Pakistan war created Bangladesh.", "india ATTACKS pakistan", "pakistan ATTACKS india")]
    [TestCase("The Sino-Indian War of 1962 still shapes ties.", "china ATTACKS india", "india ATTACKS china")]
    public void Read_WarOfTwoStatesWrittenWithBoth_AttackEachWay(string sentence, string one, string other)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(one).And.Contain(other));
    }

    // A seed sentence outside the annotated sets: the party that claimed a curated attack is its agent when the event's
    // links name it, and the target is written in the attack's name ("the Russian embassy").
    [Test]
    public void Read_AttackClaimedByItsAgent_AgentAttacksTarget()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Iranian authorities have pinned the recent terrorist attack that killed 15 at a shrine in Shiraz on ISKP, while the group also claimed responsibility for the attack on the Russian embassy in Kabul in September that killed two Russian officials, among others.");

        Assert.That(claims, Does.Contain("iskp ATTACKS russia"));
    }
}
