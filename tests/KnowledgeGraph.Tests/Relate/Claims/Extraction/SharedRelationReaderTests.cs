namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>A symmetric relation coordinated parties hold, named by a noun with no party after it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class SharedRelationReaderTests
{
    // seeds/000:55 ("their" stands for Uzbekistan and Kazakhstan)
    [Test]
    public void Read_TheirPartnership_CooperatesBetweenTheAntecedents()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Meanwhile, although Uzbekistan and Kazakhstan have started to make a show of strengthening their promising partnership, Putin’s proposal to join with the two Central Asian states in a “natural gas union” has not been flatly rejected.");

        Assert.That(claims, Does.Contain("kazakhstan COOPERATES_WITH uzbekistan"));
    }

    // seeds/000:282 (the party follows the noun after an aside: the nominal trigger reads it, not the signers together)
    [Test]
    public void Read_NounWithPartyAfterAside_NoClaimBetweenTheSubjects()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("More awkwardly, both ZTE and Huawei signed contracts (likely as part of a wider agreement between the government and local authorities) with the Taliban government in Afghanistan in the late 1990s to establish a digital phone system in Kabul and Kandahar.");

        Assert.That(claims, Has.None.Match("huawei SIGNS_AGREEMENT_WITH zte"));
    }

    // Written: no seed or VOA dev sentence has coordinated parties before "share a border", "are allies" or "have a … relationship".
    [TestCase("Kazakhstan and China share a long border.", "china BORDERS kazakhstan")]
    [TestCase("China and Pakistan are allies.", "china ALLIED_WITH pakistan")]
    [TestCase("China and India are rivals.", "china COMPETES_WITH india")]
    [TestCase("Beijing and Islamabad have a long-standing strategic partnership.", "china COOPERATES_WITH pakistan")]
    [TestCase("China and Russia have a close relationship.", "china ALLIED_WITH russia")]
    public void Read_CoordinatedPartiesHoldNoun_Claim(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a hostile word before a relation noun states no cooperation.
    [Test]
    public void Read_ComplicatedRelationship_NoClaim()
    {
        Assert.That(ShippedClaims.Of("India and China have a complicated relationship."), Is.Empty);
    }
}
