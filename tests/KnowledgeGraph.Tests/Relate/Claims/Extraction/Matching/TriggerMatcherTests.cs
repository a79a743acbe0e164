namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Matching;

/// <summary>What the dispatch of a noun trigger adds to its reader's claims, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class TriggerMatcherTests
{
    // h45 (a3): clashes are fought by both sides, so a possessor's border clashes with another hold each way.
    [Test]
    public void Dispatch_ClashesWithParty_AttacksEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan's Deputy Prime Minister Ishaq Dar, who also serves as foreign minister, said last week that Islamabad remained committed to the plan despite its border clashes with Afghanistan in October.");

        Assert.That(claims, Does.Contain("pakistan ATTACKS afghanistan"));
        Assert.That(claims, Does.Contain("afghanistan ATTACKS pakistan"));
    }

    // h63 (a2): a conflict or fighting between two states is fought by both, so a possessor's conflict with another holds each way.
    [Test]
    public void Dispatch_ConflictWithParty_AttacksEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In July 2025 India's deputy army chief, Lieutenant General Rahul R. Singh, said China had given Pakistan \"live inputs\" on Indian deployments during India's four-day conflict with Pakistan in May.");

        Assert.That(claims, Does.Contain("india ATTACKS pakistan"));
        Assert.That(claims, Does.Contain("pakistan ATTACKS india"));
        Assert.That(claims, Does.Not.Contain("china ATTACKS pakistan"));
    }

    // h31 (a3): attacks on a party are one side's, never read back.
    [Test]
    public void Dispatch_AttacksOnParty_OneWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing has also tied further investment to security after a series of attacks on Chinese nationals by the Balochistan Liberation Army and other separatist groups.");

        Assert.That(claims, Does.Not.Contain("china ATTACKS balochistan-liberation-army"));
    }
}
