namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A title over a programme "at" an organisation, through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class ProgrammeRoleReaderTests
{
    [Test]
    public void Read_DirectorOfProgrammeAtBody_RoleInBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But U.S. jabs are unlikely to change Sino-Africa dynamics, which have been developing for more than a half century, Yun Sun, the director of the China program and co-director of the East Asia program at the Stimson Center, told VOA.");

        Assert.That(claims, Does.Contain("yun-sun HOLDS_ROLE_IN stimson-center"));
    }

    [Test]
    public void Read_TitleRightBeforeAt_LeftToTitleRules()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Deborah Bräutigam, the director at the China-Africa Research Initiative at Johns Hopkins University, wrote earlier this week that the debt-relief policies were nothing new, even if they sounded like a big change.");

        Assert.That(claims, Has.None.Match("HOLDS_ROLE_IN .*china-africa-research-initiative"));
    }

    [Test]
    public void Read_CountryBriefBeforeTitleForBody_RoleInBodyNotHeadOfCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But for many, including Sophie Richardson, the China director for Human Rights Watch, the New Year’s portrayal missed the mark.");

        Assert.That(claims, Does.Contain("d:person:sophie-richardson HOLDS_ROLE_IN human-rights-watch"));
        Assert.That(claims, Has.None.Match("sophie-richardson LEADS"));
    }
}
