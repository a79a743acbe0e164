namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Partners named after a building or running verb, its object and "with", through the shipped pipeline.</summary>
[TestFixture]
internal sealed class JointWorkReaderTests
{
    // Development text: the verb's subject works with each party named after "with", "together with" or "jointly with".
    [TestCase("Uzbekistan, which has hosted Muttaqi several times, is building the Trans-Afghan Railway with Kabul and Islamabad.", "afghanistan COOPERATES_WITH uzbekistan")]
    [TestCase("Uzbekistan, which has hosted Muttaqi several times, is building the Trans-Afghan Railway with Kabul and Islamabad.", "pakistan COOPERATES_WITH uzbekistan")]
    [TestCase("Under the agreement, China National Petroleum Corporation (CNPC) will build the 1,000-km line together with Turkmengaz, the Turkmen state gas company.", "cnpc COOPERATES_WITH turkmengaz")]
    [TestCase("At the crossing, 120 km west of Herat city, families waited in 40-degree heat to be registered by the Taliban's Ministry of Refugees and Repatriation, which runs the Islam Qala reception centre with the IOM and the U.N. refugee agency, UNHCR.", "afghan-ministry-of-refugees-and-repatriation COOPERATES_WITH iom")]
    public void Read_BuildingVerbObjectWithParty_SubjectCooperatesWithParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development text: "built on" has no object, so no work is done together; the engagement is China's alone.
    [Test]
    public void Read_VerbWithoutObject_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Belt and Road Initiative (BRI) emerged from the same strand of Chinese policy thinking that created the SCO, and built on a history of Chinese engagement with Central Asia.");

        Assert.That(claims, Is.EquivalentTo(new[] { "central-asia COOPERATES_WITH china" }));
    }

    // Development text: a demonym after "with" names money, not a partner.
    [Test]
    public void Read_WithDemonymNoun_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Kazakh company is building a second track to the crossing with Chinese financing, and President Kassym-Jomart Tokayev has said he wants transit freight through his country to triple by 2030.");

        Assert.That(claims, Has.None.Match("COOPERATES_WITH"));
    }
}
