namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Building;

/// <summary>What a party is asked or invited to do is not stated of it, through the shipped pipeline on development sentences.</summary>
[TestFixture]
internal sealed class RequestedActsTests
{
    // h31/a1.md, h52/a2.md and h27/a1.md (development articles by different writers): the act after an invitation's or a
    // direction's object and "to" is only invited or directed.
    [TestCase("Iranian Foreign Minister Abbas Araghchi said in August that Tehran did not regard Chabahar as a competitor to Gwadar and had invited China and Pakistan to invest in the port as well.", "china INVESTS_IN chabahar", "abbas-araghchi HOLDS_ROLE_IN iran")]
    [TestCase("Iranian Foreign Minister Abbas Araghchi said in August that Tehran did not regard Chabahar as a competitor to Gwadar and had invited China and Pakistan to invest in the port as well.", "pakistan INVESTS_IN chabahar", "abbas-araghchi HOLDS_ROLE_IN iran")]
    [TestCase("Prime Minister Shehbaz Sharif discussed TAPI with Turkmen President Serdar Berdimuhamedov by telephone last week and invited him to visit Islamabad, his office said.", "serdar-berdimuhamedov VISITS islamabad", "serdar-berdimuhamedov LEADS turkmenistan")]
    [TestCase("Sharif directed Interior Minister Mohsin Naqvi to fly to Karachi and personally oversee the investigation, his office said.", "mohsin-naqvi VISITS karachi", "mohsin-naqvi HOLDS_ROLE_IN pakistan")]
    public void Asked_ActInvitedOrDirected_NoClaim(string sentence, string invited, string stated)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Not.Contain(invited).And.Contain(stated));
    }

    // h28/a1.md: asked to do more of what it does, the party does it.
    [Test]
    public void Asked_MoreOfWhatPartyDoes_Claim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Its national gas company, QazaqGaz, co-owns the Kazakh section with CNPC and has asked Beijing to buy more Kazakh gas instead of merely shipping Turkmen volumes across the steppe.");

        Assert.That(claims, Does.Contain("china TRADES_WITH kazakhstan"));
    }

    // h46/a3.md: a relation noun in the act asked is presupposed: the party urged to lift its sanctions holds them.
    [Test]
    public void Asked_RelationNounInAct_Claim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Beijing, foreign ministry spokesman Lin Jian said China supported \"connectivity that benefits the Afghan people\" and urged the United States to lift its sanctions on Iran and to return the frozen assets of Afghanistan's central bank.");

        Assert.That(claims, Does.Contain("united-states SANCTIONS iran"));
    }
}
