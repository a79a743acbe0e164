using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>Structural claims read from a noun's place in the tree, through the shipped pipeline on real sentences.</summary>
[TestFixture]
internal sealed class StructureReaderTests
{
    // Written dev h44/a1.md:8: a singular noun after the possessive names its first name, not the conjunct after it.
    [Test]
    public void Read_SingularStateCompanyNounBeforeConjoinedNames_OnlyFirstIsPart()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("ASTANA, October 14 (Reuters) - Kazakhstan's state oil company KazMunayGas and China National Petroleum Corporation (CNPC) signed an agreement on Tuesday to expand the pipeline that carries Kazakh crude to western China, a project that will be financed largely by a loan from the state-owned China Development Bank.");

        Assert.That(claims, Does.Contain("kazmunaygas PART_OF kazakhstan"));
        Assert.That(claims, Does.Not.Contain("cnpc PART_OF kazakhstan"));
    }

    // Written dev h44/a2.md:8: the parse puts the second company in apposition to "miner" too; the noun still names one.
    [Test]
    public void Read_SingularMinerNounWithSecondApposedName_OnlyFirstIsPart()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("UST-KAMENOGORSK, November 20 (Reuters) - A joint venture between Kazakhstan's state uranium miner Kazatomprom and China General Nuclear Power Group (CGN) opened a second production line at its fuel plant in eastern Kazakhstan on Thursday, doubling its output of fuel assemblies for Chinese reactors.");

        Assert.That(claims, Does.Contain("kazatomprom PART_OF kazakhstan"));
        Assert.That(claims, Does.Not.Contain("china-general-nuclear PART_OF kazakhstan"));
    }

    // Written dev h32/a1.md:14: a country's possessive after the fronted place's comma owns the speaker's title, so the
    // comma places nothing.
    [Test]
    public void Read_FrontedPlaceBeforeCountrysTitledSpeaker_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Islamabad, Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar said the railway would give Uzbek and Kazakh exporters their shortest route to the sea and would \"change the economic map of the region\".");

        Assert.That(claims, Does.Contain("ishaq-dar HOLDS_ROLE_IN pakistan"));
        Assert.That(claims, Does.Not.Contain("islamabad PART_OF pakistan"));
    }

    // Written line: the possessed noun apposed to the place says what the place is.
    [Test]
    public void Read_PlaceBeforeCountrysPlaceNoun_PartOf()
    {
        Assert.That(ShippedClaims.Of("Kashgar, China's westernmost city, is the start of the corridor."), Does.Contain("kashgar PART_OF china"));
    }
}
