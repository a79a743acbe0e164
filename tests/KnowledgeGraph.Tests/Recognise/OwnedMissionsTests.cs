using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Recognise;

/// <summary>A state's diplomatic mission written after its possessive or demonym and "in" its host, through the shipped pipeline on written dev lines.</summary>
[TestFixture]
internal sealed class OwnedMissionsTests
{
    // Written dev h30/a2.md:16: the curated embassy named "<demonym> embassy in <host>" is the subject of the verb.
    [Test]
    public void Head_PossessiveMissionInItsHost_IsTheCuratedMission()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China's embassy in Kabul condemned the attack and demanded that the Taliban authorities \"hunt down the perpetrators and protect Chinese citizens, institutions and projects.\"");

        Assert.That(claims, Does.Contain("chinese-embassy-kabul DEMANDS_FROM taliban"));
        Assert.That(claims, Does.Contain("chinese-embassy-kabul BASED_IN kabul"));
        Assert.That(claims, Does.Not.Contain("china DEMANDS_FROM taliban"));
    }

    // Written dev h34/a1.md:20, h29/a3.md:8: a mission the gazetteer lacks is "<Demonym> <Head> in <host>", based there.
    [TestCase("Iran handed the Afghan embassy in Tehran to Taliban diplomats in 2023 but, like China, has not recognised the administration.", "d:organisation:afghan-embassy-in-tehran BASED_IN tehran")]
    [TestCase("Azizi is due to meet Commerce Minister Wang Wentao and executives from state-owned firms including China Road and Bridge Corporation, and to attend a trade fair in Urumqi next week, the Afghan embassy in Beijing said.", "d:organisation:afghan-embassy-in-beijing BASED_IN beijing")]
    [TestCase("Its commander, Mawlawi Habibullah Zaki, said the unit had 1,200 officers and worked closely with the Chinese consulate in Mazar-i-Sharif.", "d:organisation:chinese-consulate-in-mazar-sharif BASED_IN mazar-i-sharif")]
    public void Head_MissionTheGazetteerLacks_IsTheStatesDiscoveredMission(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Factbook training text middle-east-ir.txt:3: a country's name written as a modifier heads a mission, named as written.
    [Test]
    public void Head_CountryNameAsModifier_IsTheStatesDiscoveredMission()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("US-Iran relations became strained when Iranian students seized the US Embassy in Tehran in November 1979 and held embassy personnel hostage until mid-January 1981.");

        Assert.That(claims, Does.Contain("d:organisation:us-embassy-in-tehran BASED_IN tehran"));
        Assert.That(claims, Does.Contain("d:organisation:us-embassy-in-tehran PART_OF united-states"));
    }

    // Written dev h29/a3.md:28: an embassy with no "in" and host names no mission.
    [Test]
    public void Head_NoHost_NoMission()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Karimi has lobbied Chinese officials to upgrade ties, and the Taliban have asked China to release funds in the former Afghan embassy's bank accounts, which were frozen after the fall of the previous government, two people familiar with the matter said.");

        Assert.That(claims, Has.None.Contains("embassy"));
    }
}
