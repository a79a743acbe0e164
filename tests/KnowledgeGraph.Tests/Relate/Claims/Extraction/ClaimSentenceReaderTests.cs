using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>What the sentence reader makes of a whole sentence (a head of a body holds no other office in it), through the shipped pipeline on seed and written sentences.</summary>
[TestFixture]
internal sealed class ClaimSentenceReaderTests
{
    // seeds/003:599-605: "the United Kingdom's National Cyber Security Centre" was one curated alias, which hid the United
    // Kingdom from coreference, and "the country's pioneering Active Cyber Defense Program" resolved to Russia, named
    // paragraphs before. A possessive is no part of a name: the country is its own mention and the body is part of it.
    [Test]
    public void Read_CountryPossessiveBeforeItsBody_CountryNamedAndNoOtherCountryTakesIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            [.. new[] { 599, 601, 603, 605 }.Select(line => Docs.SeedLine("003_df5809cbc19a0e8f.txt", line))]);

        Assert.That(claims, Does.Contain("national-cyber-security-centre PART_OF united-kingdom").And.None.StartsWith("russia"));
    }

    // Written wire-report line: a head of a body holds no other office in it in the same sentence (a rank read as a title).
    [Test]
    public void Read_HeadWithRankTitle_LeadsOnly()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The ISI, which is headed by Lieutenant General Asim Malik, has grown.");

        Assert.That(claims, Does.Contain("muhammad-asim-malik LEADS inter-services-intelligence"));
        Assert.That(claims, Has.None.EqualTo("muhammad-asim-malik HOLDS_ROLE_IN inter-services-intelligence"));
    }
}
