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

    // h31/a1.md:10 and h27/a3.md:24 (development articles), with the airport named where they write "the airport": a sum
    // between "with" and the grant.
    [TestCase("The New Gwadar International Airport, built with a $246 million grant from China, was jointly inaugurated by Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang during Li's visit to Islamabad in October 2024.")]
    [TestCase("Chinese officials see the port, together with the New Gwadar International Airport, built with a $246 million Chinese grant, as a gateway for trade between Xinjiang and the Middle East.")]
    public void Read_SumBeforeGrant_LenderFundsProject(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china FUNDS new-gwadar-international-airport"));
    }

    // h27/a2.md:26 (a development article), with the airport named: money is lent or granted like a loan.
    [Test]
    public void Read_BuiltWithDemonymMoney_LenderFundsProject()
    {
        Assert.That(ShippedClaims.Of("The New Gwadar International Airport, built with Chinese money 26 kilometres from the town, was inaugurated last October."),
            Does.Contain("china FUNDS new-gwadar-international-airport"));
    }

    // h37/a1.md:15 (a development article), with the airport named for its reception centre: each lender conjoined after "from".
    [Test]
    public void Read_MoneyFromConjoinedLenders_EachFundsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The New Gwadar International Airport, built with money from the European Union and Japan, was designed for 7,000 people a day.");

        Assert.That(claims, Does.Contain("european-union FUNDS new-gwadar-international-airport"));
        Assert.That(claims, Does.Contain("japan FUNDS new-gwadar-international-airport"));
    }

    // h39/a2.md:20 (a development article): with no project named, the state that opens the sentence borrowed the money.
    [Test]
    public void Read_SubjectPaysWithDemonymLoan_LenderFundsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kyrgyzstan will pay for its share of the line with a Chinese loan, an arrangement that some members of the Jogorku Kenesh, the Kyrgyz parliament, have denounced as a debt trap.");

        Assert.That(claims, Does.Contain("china FUNDS kyrgyzstan"));
    }

    // h60/a3.md:28 and h28/a2.md:12 (development articles): the "by" of a passive verb of paying names the money as
    // "with" does; the project before it, or the state owning the subject, is funded.
    [TestCase("Japarov and Xi met separately to review progress on the China-Kyrgyzstan-Uzbekistan railway, a $4.7 billion project financed largely by Chinese loans that broke ground in December 2024.", "china FUNDS china-kyrgyzstan-uzbekistan-railway")]
    [TestCase("Kyrgyzstan's share of the estimated $4.7 billion cost is being covered by a loan from the Export-Import Bank of China, which will be repaid partly from future transit revenues, according to documents seen by The Associated Press.", "export-import-bank-of-china FUNDS kyrgyzstan")]
    public void Read_PaidByLendersMoney_LenderFundsWhatIsPaidFor(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h57/a1.md:15 (a development article): an aside between the possessor and the passive.
    [Test]
    public void Read_PossessorsShareCoveredByDemonymCredit_LenderFundsPossessor()
    {
        Assert.That(ShippedClaims.Of("Kyrgyzstan's share of the cost, estimated at $2.3 billion, is to be covered by Chinese credit, with repayments drawn from future freight revenue."),
            Does.Contain("china FUNDS kyrgyzstan"));
    }

    // Written: "by" after a verb that pays for nothing names no money.
    [Test]
    public void Read_ProjectBuiltByCompany_NoFunding()
    {
        Assert.That(ShippedClaims.Of("The Karakoram Highway was built by a Chinese contractor with Pakistani labour."), Has.None.Contains("FUNDS"));
    }

    // Written: weapons are no lending.
    [Test]
    public void Read_SubjectWithDemonymWeapons_NoFunding()
    {
        Assert.That(ShippedClaims.Of("Pakistan fought the militants with Chinese weapons."), Has.None.Contains("FUNDS"));
    }
}
