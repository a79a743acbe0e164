using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>An act of force threatened or vowed, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ThreatenedActReaderTests
{
    // h37 (a2.md:17) and h31 (a2.md:12, the spokesman named in the sentence before): a warning or threat whose clause's
    // modal governs an attack, or a passive one.
    [TestCase("Pakistan's defence minister, Khawaja Asif, has repeatedly warned that Islamabad could again strike militant hideouts in Afghanistan.", "khawaja-muhammad-asif THREATENS afghanistan")]
    [TestCase("The Balochistan Liberation Army said Jeeyand Baloch was its spokesman. Jeeyand Baloch threatened that \"every Chinese company looting Baloch resources\" would be targeted next.", "jeeyand-baloch THREATENS china")]
    // Written variants: a vow to attack, a predicative "targets".
    [TestCase("ISKP fighters vowed to attack Chinese nationals.", "iskp THREATENS china")]
    [TestCase("The BLA warned that Chinese nationals would remain \"legitimate targets\".", "balochistan-liberation-army THREATENS china")]
    public void Read_ThreatenedAttack_ThreatensTarget(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h64 (a3.md:34), h32 (a3.md:30) and h27 (a1.md:10, "The group" = the BLA named before): an act of force a party says
    // it will commit, or calls on its own followers to commit, threatens its target.
    [TestCase("The BLA, which Washington designated a terrorist organisation in 2019, said in March it would target \"every Chinese project\" in the province.", "balochistan-liberation-army THREATENS china")]
    [TestCase("Islamic State Khorasan Province claimed the December 2022 attack on the Kabul Longan Hotel, which was popular with Chinese businessmen, and the group has called on its followers to target Chinese nationals in Afghanistan.", "iskp THREATENS china")]
    [TestCase("The Balochistan Liberation Army (BLA), a separatist group that has repeatedly targeted Chinese nationals in Pakistan, claimed responsibility for the attack. The group said it would continue to target \"every Chinese project\" in the province until Beijing withdrew its workers.", "balochistan-liberation-army THREATENS china")]
    public void Read_IntendedOrIncitedAttack_ThreatensTarget(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a speaker who says it will be attacked, or that another could attack, threatens no one.
    [TestCase("The BLA said it would be targeted by China.")]
    [TestCase("Pakistan said India could strike militant camps in Pakistan.")]
    public void Read_SaidAttackOnSpeakerOrByAnother_NoThreat(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("THREATENS"));
    }

    // h37 (a2.md:17): the modal of the threatened act hedges the act, not the warning.
    [Test]
    public void Read_ModalInThreatenedAct_ThreatNotHedged()
    {
        var doc = Docs.Process(ShippedPipeline.Value, "Pakistan's defence minister, Khawaja Asif, has repeatedly warned that Islamabad could again strike militant hideouts in Afghanistan.");
        var claims = doc.Paragraphs.SelectMany(p => p.Claims).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Predicate == "THREATENS").Hedged, Is.False);
            Assert.That(claims.Single(c => c.Predicate == "ATTACKS").Hedged, Is.True);
        });
    }

    // Written: a warning of what is not force (h33's "warned that the project could radically change the water regime")
    // and a caution addressed to a party threaten no one.
    [TestCase("Uzbek President Shavkat Mirziyoyev warned that the Afghan canal could radically change the water regime of Uzbekistan.")]
    [TestCase("The Taliban warned that Pakistan would pay a heavy price.")]
    [TestCase("The U.S. embassy warned Chinese nationals to leave Kabul.")]
    public void Read_WarningOfNoAttack_NoThreat(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("THREATENS"));
    }
}
