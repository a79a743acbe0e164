namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Curated links a name states in its own words, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class NamedLinkReaderTests
{
    [Test]
    public void Read_NameWritesItsPlace_BasedInThatPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese embassy in Kabul has avoided these negative stories, and instead championed positive ones – like the multi-modal train and truck route that was opened up between Afghanistan and Zhejiang.");

        Assert.That(claims, Does.Contain("chinese-embassy-kabul BASED_IN kabul"));
    }

    [Test]
    public void Read_LinkNotWrittenInTheName_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese embassy in Kabul has avoided these negative stories, and instead championed positive ones – like the multi-modal train and truck route that was opened up between Afghanistan and Zhejiang.");

        Assert.That(claims, Does.Not.Contain("chinese-embassy-kabul PART_OF china-ministry-of-foreign-affairs"));
    }

    [Test]
    public void Read_FactionOfItsWhole_PartOfWhole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Where it does seem to be finding more acceptance is amongst the Haqqani faction of the Taliban government in Kabul.");

        Assert.That(claims, Does.Contain("haqqani-network PART_OF taliban"));
    }

    [Test]
    public void Read_ParentNameInsideAffiliateName_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This has particular repercussions for Central Asia, due to the continuing threat of Islamic State Khorasan as it broadcasts threats in regional languages and seeks recruits from its outposts in Afghanistan.");

        Assert.That(claims, Does.Not.Contain("iskp PART_OF islamic-state"));
    }

    // Written wire-report line: a parent organisation's name opening its part's own name is a brand the sentence does not
    // state as a relation (the parent is not named).
    [Test]
    public void Read_ParentNameOpeningPartsName_NoPartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Temur Umarov, a fellow at the Carnegie Russia Eurasia Center in Berlin, said so.");

        Assert.That(claims, Does.Contain("carnegie-russia-eurasia-center BASED_IN berlin"));
        Assert.That(claims, Has.None.Contains("PART_OF carnegie-endowment"));
    }

    // Written wire-report line: a faction's name opening with its parent's possessive acronym states the link.
    [Test]
    public void Read_FactionNameOpeningWithParentsPossessive_PartOfParent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Two Chinese nationals and four Pakistani soldiers were killed in the attack, which the BLA's Majeed Brigade claimed in a statement.");

        Assert.That(claims, Does.Contain("majeed-brigade PART_OF balochistan-liberation-army"));
    }
}

