namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A state's staff on a named project (a demonym, a staff noun, "on" or "at"), through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ProjectStaffReaderTests
{
    // Written: the demonym's state builds or runs the project its staff work on or at.
    [TestCase("In October last year, a suicide bomber killed two Chinese engineers outside Karachi's international airport, and in March 2024 five Chinese workers on the Dasu hydropower project in Khyber Pakhtunkhwa were killed when a bomber rammed their bus.", "china BUILDS_OR_OPERATES dasu-hydropower-project")]
    [TestCase("Pakistani Prime Minister Shehbaz Sharif told the summit that Tehrik-e-Taliban Pakistan (TTP) militants sheltering in Afghanistan posed \"the gravest threat\" to Chinese workers on the China-Pakistan Economic Corridor.", "china BUILDS_OR_OPERATES china-pakistan-economic-corridor")]
    [TestCase("Pakistan's army said on Thursday it had killed 11 Pakistani Taliban fighters, including the commander it blamed for last month's ambush on a convoy of Chinese workers at the Dasu Hydropower Project.", "china BUILDS_OR_OPERATES dasu-hydropower-project")]
    public void Read_DemonymStaffOnProject_StateBuildsProject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: staff in a country are no building of it.
    [Test]
    public void Read_DemonymStaffInCountry_NoBuilding()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China's ambassador, Jiang Zaidong, met Naqvi on Monday to discuss the security of Chinese workers in Pakistan, the interior ministry said.");

        Assert.That(claims, Has.None.Match("BUILDS_OR_OPERATES"));
    }
}
