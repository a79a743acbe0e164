namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Attacks and accusations the article reported, judged in a later sentence, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class EarlierActReaderTests
{
    private const string Claimed = "The Balochistan Liberation Army (BLA), a separatist group that has repeatedly targeted Chinese nationals in Pakistan, claimed responsibility for the attack.";

    // Written development set h27 (a1.md:8, 14 and 16): whoever condemns the attack criticises the group that claimed it.
    [TestCase("The Chinese embassy in Islamabad condemned the bombing as a \"heinous terrorist act\" and urged Pakistan to \"thoroughly investigate the attack.\"", "chinese-embassy-islamabad CRITICIZES balochistan-liberation-army")]
    [TestCase("Prime Minister Shehbaz Sharif condemned the attack and said the \"enemies of Pakistan-China friendship\" would not succeed in derailing the China-Pakistan Economic Corridor (CPEC).", "shehbaz-sharif CRITICIZES balochistan-liberation-army")]
    public void ReadCondemned_AttackCondemnedAfterItsClaim_CondemnerCriticisesClaimant(string condemnation, string expected)
    {
        Assert.That(ShippedClaims.Of(Claimed, condemnation), Does.Contain(expected));
    }

    // Written: an attack whose attacker the article has not named criticises no one.
    [Test]
    public void ReadCondemned_AttackWithoutNamedAttacker_NoCriticism()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "A bomb exploded near a hotel used by Chinese businessmen in Kabul on Monday, police said.",
            "China condemned the attack and urged the Taliban to protect Chinese citizens.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
        Assert.That(claims, Does.Contain("china DEMANDS_FROM taliban"));
    }

    // Written: an attack condemned with its own agent ("by …") is left to the readers of that agent.
    [Test]
    public void ReadCondemned_AttackCondemnedWithItsAgent_NotTheClaimant()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(Claimed, "Pakistan condemned the attacks by separatists on Chinese nationals.");

        Assert.That(claims, Has.None.EqualTo("pakistan CRITICIZES balochistan-liberation-army"));
    }

    // Written development sets h33 (a3.md:20-22) and h30 (a2.md:26): a rejection of "the accusation" in a later sentence
    // criticises whoever the article said made it.
    [Test]
    public void ReadRejected_AccusationRejectedInNextParagraph_DenierCriticisesAccuser()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Pakistani Prime Minister Shehbaz Sharif told the summit that Tehrik-e-Taliban Pakistan (TTP) militants sheltering in Afghanistan posed \"the gravest threat\" to Chinese workers on the China-Pakistan Economic Corridor. He accused the Taliban of failing to act against them.",
            "The Taliban, who were not invited to Tianjin, rejected the accusation.");

        Assert.That(claims, Does.Contain("taliban CRITICIZES shehbaz-sharif"));
    }

    [Test]
    public void ReadRejected_AccusationRejectedInSameParagraph_DenierCriticisesAccuser()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Pakistan's Interior Minister Mohsin Naqvi said ISKP, the TTP and the Baloch Liberation Army \"all operate from Afghan soil,\" and he accused the Taliban of failing to act against them. Zabihullah Mujahid rejected the accusation as \"baseless\".");

        Assert.That(claims, Does.Contain("zabihullah-mujahid CRITICIZES mohsin-naqvi"));
    }

    // Written: a rejection with no accusation before it in the article criticises no one.
    [Test]
    public void ReadRejected_NoAccusationBefore_NoCriticism()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Pakistan's Interior Minister Mohsin Naqvi met Chinese ambassador Jiang Zaidong in Islamabad on Monday.",
            "Zabihullah Mujahid rejected the accusation as baseless.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
    }
}
