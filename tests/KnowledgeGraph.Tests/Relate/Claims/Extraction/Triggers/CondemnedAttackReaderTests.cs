namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Attacks the article reported, condemned in a later paragraph, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class CondemnedAttackReaderTests
{
    private const string Claimed = "The Balochistan Liberation Army (BLA), a separatist group that has repeatedly targeted Chinese nationals in Pakistan, claimed responsibility for the attack.";

    // Written development set h27 (a1.md:8, 14 and 16): whoever condemns the attack criticises the group that claimed it.
    [TestCase("The Chinese embassy in Islamabad condemned the bombing as a \"heinous terrorist act\" and urged Pakistan to \"thoroughly investigate the attack.\"", "chinese-embassy-islamabad CRITICIZES balochistan-liberation-army")]
    [TestCase("Prime Minister Shehbaz Sharif condemned the attack and said the \"enemies of Pakistan-China friendship\" would not succeed in derailing the China-Pakistan Economic Corridor (CPEC).", "shehbaz-sharif CRITICIZES balochistan-liberation-army")]
    public void Read_AttackCondemnedAfterItsClaim_CondemnerCriticisesClaimant(string condemnation, string expected)
    {
        Assert.That(ShippedClaims.Of(Claimed, condemnation), Does.Contain(expected));
    }

    // Written: an attack whose attacker the article has not named criticises no one.
    [Test]
    public void Read_AttackWithoutNamedAttacker_NoCriticism()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "A bomb exploded near a hotel used by Chinese businessmen in Kabul on Monday, police said.",
            "China condemned the attack and urged the Taliban to protect Chinese citizens.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
        Assert.That(claims, Does.Contain("china DEMANDS_FROM taliban"));
    }

    // Written: an attack condemned with its own agent ("by …") is left to the readers of that agent.
    [Test]
    public void Read_AttackCondemnedWithItsAgent_NotTheClaimant()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(Claimed, "Pakistan condemned the attacks by separatists on Chinese nationals.");

        Assert.That(claims, Has.None.EqualTo("pakistan CRITICIZES balochistan-liberation-army"));
    }
}
