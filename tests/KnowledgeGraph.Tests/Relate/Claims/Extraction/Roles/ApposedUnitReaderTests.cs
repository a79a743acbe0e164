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

    // Written dev h37/a3.md:27 and h37/a1.md:9: a body described in apposition as the U.N.'s agency is the U.N.'s.
    [TestCase("UNHCR, the U.N. refugee agency, said its winter programme in Afghanistan was only 30 percent funded.", "unhcr PART_OF united-nations")]
    [TestCase("HERAT, July 9 (Reuters) - More than 250,000 Afghans have crossed back from Iran through the Islam Qala border post since late June, the International Organization for Migration, the U.N. migration agency, said on Wednesday, as Tehran's deportation campaign pushed the busiest crossing on Afghanistan's western frontier to breaking point.", "iom PART_OF united-nations")]
    public void Read_NameCommaBodyUnitNoun_UnitPartOfBody(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written variant: a unit noun that a noun follows does not close the apposition, so it describes nothing.
    [Test]
    public void Read_NameCommaBodyUnitNounModifyingNoun_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("UNHCR, the U.N. agency report, said Afghans were returning.");

        Assert.That(claims, Does.Not.Contain("unhcr PART_OF united-nations"));
    }
}
