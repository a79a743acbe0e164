namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Goods of one party carried to another, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class GoodsReaderTests
{
    [Test]
    public void Read_DemonymGoodsToDemonymMarket_OriginTradesWithMarket()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The corridor sought to quickly bring Afghan pine nuts to the Chinese market, and the government helped make sure they were immediately promoted and sold on high-profile online influencer channels.");

        Assert.That(claims, Does.Contain("afghanistan TRADES_WITH china"));
    }

    [Test]
    public void Read_GoodsFromNameSoldToName_OriginTradesWithDestination()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He also confirmed that as of December 1, zero tariffs would be levied on 98 percent of products from Afghanistan being sold to China.");

        Assert.That(claims, Does.Contain("afghanistan TRADES_WITH china"));
    }

    [Test]
    public void Read_ExportToCoordinatedNames_TradesWithEach()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In 2021, Kyrgyz officials proposed to open an e-commerce experiential logistics zone at the Qingdao Development Center for the export of Kyrgyz agricultural products to China, South Korea, Japan and ASEAN.63");

        Assert.That(claims, Does.Contain("china TRADES_WITH kyrgyzstan"));
        Assert.That(claims, Does.Contain("japan TRADES_WITH kyrgyzstan"));
    }

    [Test]
    public void Read_DemonymProductsWithoutDestination_NoTrade()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese and Central Asian companies have set up middleman websites to allow locals to purchase Chinese products more easily and cheaply online.");

        Assert.That(claims, Has.None.Contains("TRADES_WITH"));
    }

    // Written wire-report line: a possessor's imports of a demonym's goods are trade between the two states.
    [Test]
    public void Read_PossessorsImportsOfDemonymGoods_TradesWith()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The line is designed to add 30 billion cubic metres a year to Beijing's imports of Turkmen gas.");

        Assert.That(claims, Does.Contain("china TRADES_WITH turkmenistan"));
    }

    [Test]
    public void Read_GoodsToASea_NoBuyer()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("For Beijing, the railway would complement the China-Kyrgyzstan-Uzbekistan line, which Chinese contractors began building in December 2024, and give Chinese goods another outlet to the Arabian Sea through Pakistan, China's closest ally in the region.");

        Assert.That(claims, Has.None.StartsWith("arabian-sea TRADES_WITH"));
        Assert.That(claims, Does.Contain("china ALLIED_WITH pakistan"));
    }

    // Written: a city goods leave or reach, or a place at the end of a route, is on the goods' way, not a trading party.
    [TestCase("The line is expected to give Chinese goods a southern route to Europe that avoids Russia.")]
    [TestCase("Freight from Termez to Afghanistan rose by more than 40% in the three months to January, said Jasur Normatov, deputy director of the Termez Free Economic Zone.")]
    [TestCase("\"We want Indian goods to reach Kandahar and Herat without waiting for anyone's permission.\"")]
    public void Read_GoodsToCityOrAlongRoute_NoTrade(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Has.None.Contains("TRADES_WITH"));
    }

    // Written: goods "bound for" a party go to it, as goods sent "to" one do.
    [TestCase("For now, most Chinese goods bound for southern Afghanistan still arrive by sea at Karachi and then by truck through the Torkham and Chaman crossings with Pakistan.", "afghanistan TRADES_WITH china")]
    [TestCase("Uzbek Transport Minister Ilkhom Makhkamov said in August that Tashkent expected the railway to carry up to 15 million tonnes of cargo a year, much of it Chinese goods bound for Iran and Turkey.", "china TRADES_WITH iran")]
    [TestCase("Uzbek Transport Minister Ilkhom Makhkamov said in August that Tashkent expected the railway to carry up to 15 million tonnes of cargo a year, much of it Chinese goods bound for Iran and Turkey.", "china TRADES_WITH turkey")]
    public void Read_DemonymGoodsBoundForParty_TradesWith(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines: crude, cargo and freight are goods as oil and products are, so the demonym before them is the origin.
    [TestCase("ASTANA, October 14 (Reuters) - Kazakhstan's state oil company KazMunayGas and China National Petroleum Corporation (CNPC) signed an agreement on Tuesday to expand the pipeline that carries Kazakh crude to western China, a project that will be financed largely by a loan from the state-owned China Development Bank.", "china TRADES_WITH kazakhstan")]
    [TestCase("Iran's ambassador to India, Iraj Elahi, who attended the session, said Tehran and Kabul had agreed to cut transit fees for Indian cargo bound for Afghanistan.", "afghanistan TRADES_WITH india")]
    public void Read_DemonymCommodityToParty_OriginTradesWithDestination(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
    }
}
