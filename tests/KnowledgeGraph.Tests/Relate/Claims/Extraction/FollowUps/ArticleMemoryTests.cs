namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.FollowUps;

/// <summary>The attacker an article reported, remembered for a later condemnation, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ArticleMemoryTests
{
    // Written development set h31 (a2.md:10 and 16): the group that opens the sentence claims responsibility past a long
    // apposition; the spokesperson who condemns the attack six paragraphs on criticises it.
    [Test]
    public void NoteClaimant_ClaimPastLongApposition_IsTheAttacker()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The Balochistan Liberation Army (BLA), the most powerful of several separatist groups fighting the state in the province, claimed responsibility.",
            "In Beijing, Foreign Ministry spokesperson Lin Jian condemned the attack \"in the strongest terms\" and said China had asked Pakistan to \"hunt down the perpetrators and punish them severely\".");

        Assert.That(claims, Does.Contain("lin-jian CRITICIZES balochistan-liberation-army"));
    }

    // Written: without a claim of responsibility, the subject of the attack the article states is the attacker.
    [Test]
    public void NoteClaims_AttackStated_IsTheAttacker()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Taliban fighters attacked a Pakistani border post near Chaman on Sunday, the Pakistani army said.",
            "Islamabad condemned the attack and summoned the Afghan envoy.");

        Assert.That(claims, Does.Contain("pakistan CRITICIZES taliban"));
    }

    // Written development set h31 (a2.md:8 and 10): the group that claims responsibility attacks the state whose nationals
    // the attack reported just before killed; the soldiers escorting them are not its target.
    [Test]
    public void NoteClaimant_ClaimAfterNationalsKilled_ClaimantAttacksTheirState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "QUETTA, February 3 (Reuters) - Gunmen and a suicide bomber attacked a convoy carrying Chinese engineers in Pakistan's southwestern province of Balochistan on Tuesday, killing two Chinese nationals and four Pakistani soldiers, the army said, in the deadliest assault on Chinese workers in the country since 2024.",
            "The Balochistan Liberation Army (BLA), the most powerful of several separatist groups fighting the state in the province, claimed responsibility.");

        Assert.That(claims, Does.Contain("balochistan-liberation-army ATTACKS china"));
    }

    // Written development set h30 (a2.md:8 and 10): the same with the claim in a longer sentence.
    [Test]
    public void NoteClaimant_ClaimInStatementAfterWorkersKilled_ClaimantAttacksTheirState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "KABUL, February 17 (AP) - Gunmen stormed the Chinese-run Yawan gold processing plant in northern Afghanistan's Badakhshan province on Monday, killing three Chinese workers and an Afghan guard, Taliban officials said, in the deadliest attack on Chinese nationals in the country since the group seized power in 2021.",
            "The Islamic State Khorasan Province (ISKP), the regional affiliate of the Islamic State group, claimed responsibility in a statement carried by the Amaq news agency, saying its fighters had targeted \"the Chinese oppressors of the Uyghur Muslims.\"");

        Assert.That(claims, Does.Contain("iskp ATTACKS china"));
        Assert.That(claims, Has.None.Contains("iskp ATTACKS afghanistan"));
    }
}
