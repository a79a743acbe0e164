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

    // Wire reports (the fiftieth, fifty-eighth and sixty-second development sets): a sum pledged or committed "to" a
    // project, after "and" a past verb taking its clause's subject.
    [TestCase("China has pledged more than $60 billion to the China-Pakistan Economic Corridor (CPEC), a web of roads, power plants and ports that is the flagship of President Xi Jinping's Belt and Road Initiative.", "china FUNDS china-pakistan-economic-corridor")]
    [TestCase("China is Pakistan's largest bilateral creditor and has committed more than $60 billion to CPEC, the flagship of President Xi Jinping's Belt and Road Initiative, since 2015.", "china FUNDS china-pakistan-economic-corridor")]
    public void Read_SumGivenToProject_Funds(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Wire report (the fiftieth development set): a sum poured "into" a project, past a word qualifying it, is investment.
    [Test]
    public void Read_SumPouredIntoProject_InvestsNotFunds()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China has poured about $30 billion into completed CPEC projects since 2015, including power stations, motorways and the port at Gwadar, which is run by the state-owned China Overseas Ports Holding Company.");

        Assert.That(claims, Does.Contain("china INVESTS_IN china-pakistan-economic-corridor"));
        Assert.That(claims, Has.None.EqualTo("china FUNDS china-pakistan-economic-corridor"));
    }

    // Wire report (the twenty-ninth development set): a sum invested, not given, in a concession is no funding.
    [Test]
    public void Read_SumInvested_NoFunding()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("CAPEIC's chairman, Wang Hui, said in a statement that the company had invested more than $150 million in the fields and would seek international arbitration.");

        Assert.That(claims, Has.None.Contains("FUNDS"));
    }
}
