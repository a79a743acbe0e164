namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Debt read from the borrower's side (lender FUNDS borrower), through the shipped pipeline on VOA dev sentences.</summary>
[TestFixture]
internal sealed class DebtReaderTests
{
    [Test]
    public void Read_PronounOwedMoneyToLender_LenderFundsBorrower()
    {
        IReadOnlyList<string> claims = StructuralClaims.Of("By the end of 2016, Djibouti’s debt had reached more than 86 percent of its GDP, and it owed nearly all of that money to China.");

        Assert.That(claims, Has.Some.Match("china FUNDS djibouti"));
    }

    [Test]
    public void Read_AppositionOwesLenderDirectly_LenderFundsNamedBorrower()
    {
        IReadOnlyList<string> claims = StructuralClaims.Of("But Moore thinks that case is an anomaly and points to Venezuela, a country that owes China about $50 billion without having faced similar takeovers of facilities or land, as another example of how things can play out.");

        Assert.That(claims, Has.Some.Match("china FUNDS venezuela"));
    }

    [Test]
    public void Read_BorrowerPossessiveLenderDemonymDebt_LenderFundsBorrower()
    {
        IReadOnlyList<string> claims = StructuralClaims.Of("The new free-trade zone will add significantly to Djibouti’s Chinese debt, possibly elevating Djibouti’s risk to “an alarming state,” Morris said.");

        Assert.That(claims, Has.Some.Match("china FUNDS djibouti"));
    }

    [Test]
    public void Read_PassiveOwedWithoutBorrower_NoFunding()
    {
        IReadOnlyList<string> claims = StructuralClaims.Of("He put the continent’s total debt burden at about $6 trillion, most of which is owed to organizations such as the World Bank, the International Monetary Fund and the Paris Club of mostly Western creditor countries.");

        Assert.That(claims, Has.None.Match("FUNDS"));
    }
}
