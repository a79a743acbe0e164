namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Written wire-report lines on the project's subject (no corpus sentence names a claimed attack's victims so): the
/// claimant of an attack in which a country's nationals were killed attacks that country.
/// </summary>
[TestFixture]
public sealed class ClaimedAttackReaderTests
{
    [TestCase("Chinese engineers working on the Dasu dam were killed in a suicide bombing claimed by the TTP.", "ttp ATTACKS china")]
    [TestCase("Five Chinese nationals were killed in an attack claimed by the Balochistan Liberation Army.", "balochistan-liberation-army ATTACKS china")]
    public void Read_KilledInAttackClaimedBy_ClaimantAttacksVictimsCountry(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report lines: the attack is claimed first and its victims follow "killed".
    [TestCase("The Balochistan Liberation Army claimed a suicide bombing that killed three Chinese engineers near Gwadar.", "balochistan-liberation-army ATTACKS china")]
    [TestCase("The TTP claimed responsibility for the bombing, which killed two Chinese nationals in Karachi.", "ttp ATTACKS china")]
    [TestCase("A suicide bombing claimed by the Balochistan Liberation Army killed two Chinese engineers in Karachi.", "balochistan-liberation-army ATTACKS china")]
    [TestCase("The TTP carried out an attack that killed five Chinese engineers in Besham.", "ttp ATTACKS china")]
    public void Read_ClaimedAttackThatKilled_ClaimantAttacksVictimsCountry(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_ClaimedAttackThatKilledNoNationals_NoClaim()
    {
        Assert.That(ShippedClaims.Of("The TTP claimed a bombing that killed a Chinese-trained police officer in Peshawar."), Has.None.Contains("ATTACKS china"));
    }

    [Test]
    public void Read_AttackClaimedWithoutHarm_NoClaim()
    {
        Assert.That(ShippedClaims.Of("Chinese officials condemned a bombing claimed by the TTP."), Has.None.Contains("ATTACKS china"));
    }

    // Written wire-report lines: an attack on a party that was carried out by an attacker is the attacker's; forces that
    // exchange fire attack each other.
    [TestCase("The attack on Chinese engineers in Dasu was carried out by the TTP, Pakistani officials said.", "ttp ATTACKS china")]
    [TestCase("Afghan and Pakistani forces exchanged fire at the Torkham border crossing.", "afghanistan ATTACKS pakistan")]
    [TestCase("Afghan forces exchanged fire with Pakistani troops.", "afghanistan ATTACKS pakistan")]
    public void Read_AttackCarriedOutByOrFireExchanged_Attacks(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: an attack noun's own target before "claimed by" is the claimant's target.
    [Test]
    public void Read_AttacksOnTargetClaimedBy_ClaimantAttacksTarget()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Sindh, work on the Dhabeji zone east of Karachi has barely begun, while in Balochistan the Bostan zone has been held up by attacks on Chinese workers claimed by the Balochistan Liberation Army.");

        Assert.That(claims, Does.Contain("balochistan-liberation-army ATTACKS china"));
    }
}
