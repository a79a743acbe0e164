namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A buyer of a country's goods named by its demonym, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class BoughtGoodsReaderTests
{
    // tests/eval/written/h32/a2.md:30 (a noun of buyers in apposition)
    [Test]
    public void Read_NameCommaBiggestBuyerOfDemonymGoods_TradesWithCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China, the biggest buyer of Turkmen gas, is watching closely.");

        Assert.That(claims, Does.Contain("china TRADES_WITH turkmenistan").Or.Contain("turkmenistan TRADES_WITH china"));
    }

    // tests/eval/written/h28/a1.md:22 (a verb of buying whose subject an asking verb controls; the goods shipped across
    // name no buyer)
    [Test]
    public void Read_AskedToBuyMoreDemonymGas_TradesWithCountry()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Its national gas company, QazaqGaz, co-owns the Kazakh section with CNPC and has asked Beijing to buy more Kazakh gas instead of merely shipping Turkmen volumes across the steppe.");

        Assert.That(claims, Does.Contain("china TRADES_WITH kazakhstan").Or.Contain("kazakhstan TRADES_WITH china"));
        Assert.That(claims, Has.None.Match("TRADES_WITH turkmenistan|turkmenistan TRADES_WITH"));
    }
}
