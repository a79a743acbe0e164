using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A sum of money given for a named project, through the shipped pipeline on wire-report sentences.</summary>
[TestFixture]
internal sealed class SumForProjectReaderTests
{
    // Wire reports (the twenty-seventh development set): a sum pledged "for" a project, a sum financed "of" its projects.
    [TestCase("Beijing has pledged more than $60 billion for CPEC projects, although far less has been disbursed.", "china FUNDS china-pakistan-economic-corridor")]
    [TestCase("China has so far financed about $25 billion of completed CPEC projects, mostly power plants and roads, according to Pakistan's Ministry of Planning, but new investment has slowed sharply since 2022.", "china FUNDS china-pakistan-economic-corridor")]
    public void Read_SumForProject_Funds(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Wire report (the twenty-ninth development set): a sum invested, not given, in a concession is no funding.
    [Test]
    public void Read_SumInvested_NoFunding()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("CAPEIC's chairman, Wang Hui, said in a statement that the company had invested more than $150 million in the fields and would seek international arbitration.");

        Assert.That(claims, Has.None.Contains("FUNDS"));
    }
}
