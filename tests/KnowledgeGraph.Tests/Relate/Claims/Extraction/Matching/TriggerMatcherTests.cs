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

    // h31 (a3): attacks on a party are one side's, never read back.
    [Test]
    public void Dispatch_AttacksOnParty_OneWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing has also tied further investment to security after a series of attacks on Chinese nationals by the Balochistan Liberation Army and other separatist groups.");

        Assert.That(claims, Does.Not.Contain("china ATTACKS balochistan-liberation-army"));
    }
}
