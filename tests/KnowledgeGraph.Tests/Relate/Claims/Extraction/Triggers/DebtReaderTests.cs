namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Verbs of owing read the party owed as the lender, through the shipped pipeline on VOA sentences.</summary>
[TestFixture]
internal sealed class DebtReaderTests
{
    [Test]
    public void Read_OwesSumToCapital_CapitalsStateFundsDebtor()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("By some U.S. estimates, Djibouti, which is home to the U.S. military base, owes more than $1.2 billion to Beijing.");

        Assert.That(claims, Has.Some.EqualTo("china FUNDS djibouti"));
    }

    [Test]
    public void Read_ApposedCountryOwesNameSum_NameFundsCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But Moore thinks that case is an anomaly and points to Venezuela, a country that owes China about $50 billion without having faced similar takeovers of facilities or land, as another example of how things can play out.");

        Assert.That(claims, Has.Some.EqualTo("china FUNDS venezuela"));
    }

    [Test]
    public void Read_PronounOwedMoneyToName_AntecedentIsDebtor()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("By the end of 2016, Djibouti’s debt had reached more than 86 percent of its GDP, and it owed nearly all of that money to China.");

        Assert.That(claims, Has.Some.EqualTo("china FUNDS djibouti"));
    }

    // Written wire-report lines: one borrows "from" a lender, so no sum is needed; "owes its rise to" still is no debt.
    [TestCase("Nigeria has borrowed heavily from China to build roads and railways.", "china FUNDS nigeria")]
    [TestCase("Pakistan borrowed from the Asian Development Bank last year.", "adb FUNDS pakistan")]
    public void Read_BorrowedFromLenderWithoutSum_LenderFundsBorrower(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_OwesWithoutMoneyToName_NoClaim()
    {
        // Written: what is owed "to" a party is a debt only beside a sum.
        Assert.That(ShippedClaims.Of("Kazakhstan owes its rise as a transit hub to China."), Has.None.Contains("FUNDS"));
    }

    // Written wire-report lines: a state of owing needs no sum; after "owed by" the debtor follows and the lender is the
    // clause's subject, past a hyphenated modifier.
    [TestCase("Zambia is heavily indebted to China.", "china FUNDS zambia")]
    [TestCase("China forgave interest-free loans owed by Cameroon.", "china FUNDS cameroon")]
    public void Read_IndebtedOrOwedBy_LenderFundsDebtor(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Eritrea (relation training set): a hyphen before a number ("mid-2021") joins no modifier, so no
    // clause subject is taken past it.
    [Test]
    public void Read_HyphenBeforeNumber_NoSubjectPastIt()
    {
        Assert.That(ShippedClaims.Of("Eritrea faced new international condemnation and US sanctions in mid-2021 for its participation in the war in Ethiopia’s Tigray Regional State, where Eritrean forces were found to have committed war crimes and crimes against humanity."),
            Has.None.Contains("united-states ATTACKS"));
    }

    // Written wire-report lines: repaying a sum to a lender, or the lender itself, states the debt; a possessive pronoun
    // and a hyphenated modifier inside the sum do not end it.
    [TestCase("Angola has repaid much of its oil-backed debt to China.", "china FUNDS angola")]
    [TestCase("Angola repaid China $2 billion last year.", "china FUNDS angola")]
    [TestCase("Pakistan repaid $1 billion to Saudi Arabia.", "saudi-arabia FUNDS pakistan")]
    public void Read_RepaidSumToLender_LenderFundsDebtor(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }
}
