namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A borrower's debt named with its lender, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class LenderReaderTests
{
    // VOA dev: 2018-07-11-djibouti-free-trade-zone.md:24
    [Test]
    public void Read_PossessiveThenLenderDemonymDebt_LenderFundsBorrower()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The new free-trade zone will add significantly to Djibouti’s Chinese debt, possibly elevating Djibouti’s risk to “an alarming state,” Morris said.");

        Assert.That(claims, Does.Contain("china FUNDS djibouti"));
    }

    // Written: a possessive pronoun before a noun of what is owed and its lender names the borrower.
    [Test]
    public void Read_PossessivePronounDebtToLender_LenderFundsBorrower()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Angola has repaid much of its debt to China with oil.");

        Assert.That(claims, Does.Contain("china FUNDS angola"));
    }

    // Written: a possessive pronoun before a lender's name is no borrower ("their Chinese loans" may be the lender's own).
    [Test]
    public void Read_PossessivePronounBeforeLenderDemonym_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kenya and China signed the deal, and their Chinese loans were repaid.");

        Assert.That(claims, Has.None.Match("FUNDS"));
    }

    // Written: no corpus sentence has "debt to" after a possessive, nor a lender's possessive before "loans to".
    [Test]
    public void Read_DebtToLenderBesideLoansOfLender_ReadsEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Zambia’s debt to China has grown, while China’s loans to Kenya have fallen.");

        Assert.That(claims, Does.Contain("china FUNDS zambia").And.Contain("china FUNDS kenya"));
        Assert.That(claims, Has.None.Match("FUNDS china"));
    }

    // VOA dev: 2018-09-06-china-debt-relief-africa.md:11 (the lender's possessive before a practice noun: no borrower)
    [Test]
    public void Read_LendersPossessiveLendingPractices_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But the announcement, made at Xi’s opening speech at the 2018 Forum on China-Africa Cooperation, or FOCAC, comes amid growing concern over China’s lending practices, which some have deemed “debt-trap diplomacy.”");

        Assert.That(claims, Has.None.Match("FUNDS"));
    }

    // VOA dev: 2018-09-06-china-debt-relief-africa.md:13 and :15 (the lender's loans as a share of the borrower's debt)
    // Written wire-report line: a sum between the borrower's possessive and its debt.
    [Test]
    public void Read_LenderHoldsShareOfBorrowersSumDebt_LenderFundsBorrower()
    {
        Assert.That(ShippedClaims.Of("Chinese lenders hold about a third of Zambia's $17 billion external debt."), Does.Contain("china FUNDS zambia"));
    }

    [TestCase("Yet Chinese loans make up just a small portion of Africa’s debt, W. Gyude Moore, a visiting fellow at the Center for Global Development, told VOA.")]
    [TestCase("He said Chinese loans make up just two percent of all Africa debt.")]
    public void Read_LenderLoansShareOfBorrowersDebt_LenderFundsBorrower(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china FUNDS africa"));
    }

    // Written wire-report line: a possessor's loans "with" or "from" lenders are the possessor's debt; "China's loans to
    // Africa" stays the lender's.
    [Test]
    public void Read_PossessorsLoansWithLenders_LenderFundsPossessor()
    {
        Assert.That(ShippedClaims.Of("Hichilema sought to renegotiate Zambia's loans with Chinese lenders."), Does.Contain("china FUNDS zambia"));
        Assert.That(ShippedClaims.Of("China's loans to Africa have grown."), Has.None.Contains("africa FUNDS"));
    }

    // Written wire-report lines: a lender holding a share of a borrower's debt, a debt owed to lenders in the passive,
    // and a borrower's indebtedness.
    [TestCase("China holds about 70 percent of Kenya's external debt.", "china FUNDS kenya")]
    [TestCase("Chinese lenders account for a third of Zambia's debt.", "china FUNDS zambia")]
    [TestCase("China's share of Kenya's debt has grown.", "china FUNDS kenya")]
    [TestCase("Most of Zambia's external debt is owed to Chinese lenders.", "china FUNDS zambia")]
    [TestCase("Kenya's indebtedness to China has alarmed economists.", "china FUNDS kenya")]
    public void Read_ShareHeldOwedOrIndebtedness_LenderFundsBorrower(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_ShareOfSomethingElse_NoClaim()
    {
        // Written: a share of a state's exports is no debt.
        Assert.That(ShippedClaims.Of("China holds about 70 percent of Kenya's export market."), Has.None.Contains("FUNDS"));
    }

    // h28/a1.md:30 (a development article): a word between the copula and a passive "owed".
    [Test]
    public void Read_DebtWasNowOwedToLenders_LenderFundsBorrower()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Bakhrom Tursunov, director of the Economic Policy Centre, an independent think tank in Tashkent, said about a fifth of Uzbekistan's $65 billion external debt was now owed to Chinese lenders and criticised the government for borrowing faster than exports were growing.");

        Assert.That(claims, Does.Contain("china FUNDS uzbekistan"));
    }

    // Written: a negation there is no owing.
    [Test]
    public void Read_DebtWasNotOwedToLender_NoClaim()
    {
        Assert.That(ShippedClaims.Of("Zambia's external debt was not owed to China."), Has.None.Contains("FUNDS"));
    }

    // h31/a3.md:14 (a development article): a participle of holding after a comma takes the sentence's subject.
    [Test]
    public void Read_CommaHoldingShareOfDebt_SubjectFundsBorrower()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China is by far the largest of those creditors, holding roughly $29 billion of Pakistan's external debt, according to central bank data.");

        Assert.That(claims, Does.Contain("china FUNDS pakistan"));
    }
}
