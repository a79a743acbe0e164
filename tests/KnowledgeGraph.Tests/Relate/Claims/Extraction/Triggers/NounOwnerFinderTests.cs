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
}
