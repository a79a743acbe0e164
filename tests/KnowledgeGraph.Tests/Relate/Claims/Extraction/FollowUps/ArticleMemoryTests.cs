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
}
