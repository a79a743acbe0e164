namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A body's unit named in apposition after the body and a unit title, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ApposedUnitReaderTests
{
    // VOA dev 2018-03-14:21: the mission named in apposition is the U.N.'s, and what China contributes troops to.
    [Test]
    public void Read_BodyMissionCommaName_UnitPartOfBodyAndObject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In the Democratic Republic of Congo — a major supplier of copper and cobalt to the Chinese economy — China has contributed 220 troops to the U.N. mission, MONUSCO.");

        Assert.That(claims, Does.Contain("d:organisation:monusco PART_OF united-nations").And.Contain("china SUPPORTS d:organisation:monusco"));
    }

    // A written line: an agency in apposition is the body's.
    [Test]
    public void Read_BodyAgencyCommaName_UnitPartOfBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The U.N. refugee agency, UNHCR, said 2,000 Afghans crossed into Pakistan.");

        Assert.That(claims, Does.Contain("unhcr PART_OF united-nations"));
    }

    // A written line: a rival is no unit title, so nothing is part of the Taliban.
    [Test]
    public void Read_BodyRivalCommaName_NoPart()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban rival, ISKP, attacked Kabul.");

        Assert.That(claims, Has.None.Contains("PART_OF"));
    }

    // VOA dev 2018-03-14:21 (the other mission): a hyphen does not count as a word between a verb and its preposition,
    // so "a 700-troop infantry battalion" still lets "to" reach the mission.
    [Test]
    public void Read_HyphenatedMeasureBeforePreposition_ObjectReached()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China has contributed a 700-troop infantry battalion to the U.N. mission, UNMISS.");

        Assert.That(claims, Does.Contain("china SUPPORTS d:organisation:unmiss"));
    }
}
