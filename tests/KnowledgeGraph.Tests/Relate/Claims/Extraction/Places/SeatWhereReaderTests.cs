namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A place, "where" and a body said to be seated there, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class SeatWhereReaderTests
{
    // Written development set h38: a reference to the agency after "where" is seated in the place before it.
    [Test]
    public void Read_WhereReferenceIsHeadquartered_BasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("\"The ban has produced the largest drop in illicit opium supply ever recorded, but the market is adapting,\" UNODC Executive Director Ghada Waly said in a statement from Vienna, where the agency is headquartered.");

        Assert.That(claims, Does.Contain("unodc BASED_IN vienna"));
    }
}
