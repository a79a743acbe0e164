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
}
