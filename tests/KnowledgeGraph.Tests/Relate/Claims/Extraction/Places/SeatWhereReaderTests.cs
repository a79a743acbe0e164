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

    // Written development lines (h64/a3, h27/a1): a project "is located" in the place before "where", past modifiers
    // before its name and an unnamed thing joined to it.
    [TestCase("In Balochistan, where the Chinese-run port of Gwadar is located, separatists have attacked Chinese convoys and offices repeatedly.")]
    [TestCase("In Balochistan, where Gwadar port and a new Chinese-funded international airport are located, the separatist insurgency has intensified since 2023.")]
    public void Read_WhereProjectIsLocated_BasedInPlace(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain("gwadar-port BASED_IN balochistan"));
    }

    // Written development line (h54/a1): a town that "lies" in the province before "where" is part of it.
    [Test]
    public void Read_WherePlaceLies_PartOfPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamic State Khorasan Province, the Afghan affiliate of Islamic State, has repeatedly attacked Taliban officials in Balkh province, where Hairatan lies, and in 2022 the group claimed a rocket strike on Termez that Uzbek authorities denied had taken place.");

        Assert.That(claims, Does.Contain("hairatan PART_OF balkh"));
        Assert.That(claims, Has.None.Contains("BASED_IN balkh"));
    }
}
