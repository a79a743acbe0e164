namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A project done with a lender's money, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class FinancedWithReaderTests
{
    // Written wire-report lines (no corpus sentence names the lender after "with financing from"): the lender funds the
    // project named before "with".
    [TestCase("The engineers were working on the Dasu hydropower project, which is being built by China Gezhouba Group with financing from the World Bank.", "world-bank FUNDS dasu-hydropower-project")]
    [TestCase("Kenya completed the Standard Gauge Railway, with loans from China, in 2017.", "china FUNDS d:project:standard-gauge-railway")]
    [TestCase("Pakistan is building the Karakoram Highway with Chinese loans.", "china FUNDS karakoram-highway")]
    public void Read_ProjectWithLendersMoney_LenderFundsProject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: help from a party is no lending.
    [Test]
    public void Read_HelpFromParty_NoFunding()
    {
        Assert.That(ShippedClaims.Of("Pakistan built the Karakoram Highway with help from China."), Has.None.Contains("FUNDS"));
    }

    // Written wire-report line: "with a" and a demonym before a grant.
    [Test]
    public void Read_BuiltWithADemonymGrant_LenderFundsProject()
    {
        Assert.That(ShippedClaims.Of("The New Gwadar International Airport, built with a Chinese grant of about $230 million, opened in January."),
            Does.Contain("china FUNDS new-gwadar-international-airport"));
    }
}
