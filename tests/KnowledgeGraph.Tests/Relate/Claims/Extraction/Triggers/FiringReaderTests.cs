namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Projectiles fired at a party, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class FiringReaderTests
{
    // VOA dev (2018-05-04-china-denies-lasers-djibouti.md:9; only an accusation, so hedged) and CIA World Factbook, Gaza
    // Strip (relation training set).
    [TestCase("China is denying accusations that it fired military-grade lasers at U.S. planes landing at Camp Lemonnier, in the East African nation of Djibouti.", "china ATTACKS united-states")]
    [TestCase("In 2021, HAMAS launched rockets into Israel, sparking an 11-day conflict that also involved other Gaza-based militant groups.", "hamas ATTACKS israel")]
    // Written wire-report lines: a demonym before the target's noun names the party.
    [TestCase("The Taliban fired rockets at Pakistani positions near Chaman.", "taliban ATTACKS pakistan")]
    [TestCase("Pakistani forces fired mortar shells at Afghan border posts.", "pakistan ATTACKS afghanistan")]
    public void Read_ProjectileFiredAtParty_SubjectAttacksParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a firing verb without a projectile (a dismissal) and a projectile without a firing verb attack no one.
    [TestCase("Pakistan's army chief fired two senior officers at the ISI.")]
    [TestCase("China showed off its newest armed drones at Zhuhai.")]
    public void Read_NoFiringOfProjectile_NoAttack(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("ATTACKS"));
    }
}
