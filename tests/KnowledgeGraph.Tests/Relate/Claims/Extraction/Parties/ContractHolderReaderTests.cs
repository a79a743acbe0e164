namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A company that holds a contract or concession to work on a project builds or runs it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ContractHolderReaderTests
{
    // Written: the company after "contracts … with" does the work named after "to".
    [Test]
    public void Read_ContractWithCompanyToBuild_CompanyBuildsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("BISHKEK, February 17 (Reuters) - Kyrgyzstan on Tuesday signed contracts worth $2.1 billion with China Railway Group and its subsidiary China Railway Tunnel Group to build the mountain section of the China-Kyrgyzstan-Uzbekistan railway, the Kyrgyz transport ministry said.");

        Assert.That(claims, Does.Contain("china-railway-group BUILDS_OR_OPERATES china-kyrgyzstan-uzbekistan-railway"));
        Assert.That(claims, Has.None.Match("^kyrgyzstan BUILDS_OR_OPERATES"));
    }

    // Written: the company that wins a concession the project names builds or runs the project.
    [Test]
    public void Read_CompanyWonProjectConcession_CompanyOperatesProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("MCC won the Mes Aynak concession in 2008 with a bid of about $3 billion, but work stalled for more than a decade amid insecurity, disputes over terms and the discovery of ancient Buddhist ruins at the site.");

        Assert.That(claims, Does.Contain("metallurgical-corporation-of-china BUILDS_OR_OPERATES mes-aynak"));
    }

    // Written: a government the company contracts with only grants the work.
    [Test]
    public void Read_ContractWithGovernment_GovernmentBuildsNothing()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Xinjiang Central Asia Petroleum and Gas Co, which signed a 25-year contract with the Taliban in January 2023 to develop the Amu Darya oil fields in Sar-e Pul and Faryab provinces, had its contract cancelled in July after the Taliban accused it of missing investment and drilling targets.");

        Assert.That(claims, Has.None.Match("^taliban BUILDS_OR_OPERATES"));
    }
}
