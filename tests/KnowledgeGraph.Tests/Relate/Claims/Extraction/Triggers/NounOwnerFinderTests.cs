namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Owners of a nominal trigger found before it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class NounOwnerFinderTests
{
    // Written development line (h45/a2): the quotation mark opening a fragment that holds the relation noun stands
    // between the noun and its possessor.
    [Test]
    public void Find_QuoteOpenedAfterPossessor_PossessorOwnsNoun()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Muhriddin said Dushanbe valued Beijing's \"consistent support\" for Tajikistan's sovereignty and security, adding that Chinese investment had brought jobs to some of the poorest districts in the country.");

        Assert.That(claims, Does.Contain("china SUPPORTS tajikistan"));
    }

    // Written development line (h66/a1): two adjectives joined by a comma stand between the verb of having and the noun.
    [Test]
    public void Find_FillersJoinedByComma_AntecedentOwnsNoun()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China, which shares a short, remote border with Afghanistan through the Wakhan Corridor, has not recognised the Taliban government but has expanded trade and mining investments, including at the Mes Aynak copper deposit in Logar province.");

        Assert.That(claims, Does.Contain("afghanistan BORDERS china"));
    }

    // Written development line (h56/a2): a sum and its "in" stand between the possessor and the noun of its trade.
    [Test]
    public void Find_SumBetweenPossessorAndNoun_PossessorOwnsNoun()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Torkham, at the top of the Khyber Pass, links Peshawar with Jalalabad and Kabul and handled nearly half of Afghanistan's $1.1 billion in exports to Pakistan in the last fiscal year, according to the Pakistan-Afghanistan Joint Chamber of Commerce and Industry.");

        Assert.That(claims, Does.Contain("afghanistan TRADES_WITH pakistan"));
    }

    // Invented line: a name before a sum is the verb's object, not the owner of the noun after the sum.
    [Test]
    public void Find_BareNameBeforeSum_NoOwner()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The United States gave Pakistan $300 million in aid to Afghanistan.");

        Assert.That(claims, Does.Not.Contain("pakistan PROVIDES_AID_TO afghanistan"));
    }

    // Invented wire lines: a sum written with a hyphen before the noun, after a light verb or a possessor.
    [TestCase("China gave a $500-million loan to Kenya.", "china FUNDS kenya")]
    [TestCase("China's $1.2bn investment in Pakistan has slowed.", "china INVESTS_IN pakistan")]
    public void Find_SumBeforeNoun_NounRelatesTheParties(string line, string claim)
    {
        Assert.That(ShippedClaims.Of(line), Does.Contain(claim));
    }

    // tests/eval/written/h60/a2.md:18: a list of goods stands between the demonym and the noun of their trade.
    [Test]
    public void Find_GoodsListBeforeNoun_DemonymOwnsNoun()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beisenov said Kazakh wheat, meat and copper exports to China had risen by a third since 2024.");

        Assert.That(claims, Does.Contain("china TRADES_WITH kazakhstan"));
    }
}
