namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Development wire-report sentences: the group that claimed the attacks a sentence reports attacks the country whose
/// nationals they killed or wounded, wherever the claim stands in the sentence.
/// </summary>
[TestFixture]
public sealed class ClaimantVictimReaderTests
{
    [Test]
    public void Read_VictimsBeforeAttacksClaimedBy_ClaimantAttacksVictimsCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Since March 2024, at least 14 Chinese nationals have been killed or wounded in attacks in Pakistan, most of them claimed by the separatist Balochistan Liberation Army (BLA).");

        Assert.That(claims, Does.Contain("balochistan-liberation-army ATTACKS china"));
    }

    [Test]
    public void Read_TwoConjoinedClaimants_BothAttackVictimsCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But at least 21 Chinese nationals have been killed in Pakistan since 2021, most of them in attacks claimed by the Balochistan Liberation Army (BLA) and its suicide unit, the Majeed Brigade.");

        Assert.That(claims, Does.Contain("balochistan-liberation-army ATTACKS china"));
        Assert.That(claims, Does.Contain("majeed-brigade ATTACKS china"));
        Assert.That(claims, Has.None.Contains("ATTACKS pakistan"));
    }

    [Test]
    public void Read_NotClaimed_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The TTP, which is separate from but closely allied with the Afghan Taliban, has not claimed any attack on Chinese nationals.");

        Assert.That(claims, Has.None.Contains("ttp ATTACKS china"));
    }
}
