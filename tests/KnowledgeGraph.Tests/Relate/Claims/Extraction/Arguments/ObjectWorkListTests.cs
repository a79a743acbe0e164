namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>A list of common nouns a verb of material cooperation takes, read through to the place after it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ObjectWorkListTests
{
    // tests/eval/written/h27/a1.md:26 (a list of works after "invested in", the place after "across")
    [Test]
    public void Joins_ListOfWorksBeforeAcrossPlace_InvestsInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The attacks have unnerved Chinese companies, which have invested in power plants, roads and mines across Pakistan since the corridor was launched in 2015.");

        Assert.That(claims, Does.Contain("china INVESTS_IN pakistan"));
    }

    // tests/eval/written/h43/a3.md:21 (a list of works with hyphened compounds after "fund", coordinated places after "at";
    // the next clause's "into Afghanistan" is no place of the works)
    [Test]
    public void Joins_ListOfWorksBeforeAtPlaces_FundsEachPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China also offered to fund new customs terminals, cargo scanners and cold-storage sheds at Torkham and Chaman, and the three ministers agreed to study an extension of the China-Pakistan Economic Corridor (CPEC) into Afghanistan, the statement said.");

        Assert.That(claims, Does.Contain("china FUNDS torkham"));
        Assert.That(claims, Does.Contain("china FUNDS chaman"));
        Assert.That(claims, Has.None.Match("FUNDS afghanistan"));
    }

    // tests/eval/written/h69/a3.md:25 (two things bought, joined by "and", before the "from" that names the seller)
    [Test]
    public void JoinsGoods_TwoThingsBoughtBeforeFrom_TradesWithSeller()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbekistan still buys most of its helicopters and small arms from Russia, however.");

        Assert.That(claims, Does.Contain("russia TRADES_WITH uzbekistan"));
    }
}
