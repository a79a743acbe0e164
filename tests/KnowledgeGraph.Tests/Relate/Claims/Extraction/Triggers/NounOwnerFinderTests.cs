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
}
