namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Holders of a body's shares named in a relative about it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class StakeHolderReaderTests
{
    // Wire report (the thirty-third development set): the holder before the verb and the holders of the conjunct that
    // leaves the verb out each invest in the joint venture the apposition describes, not in the line it owns.
    [TestCase("china INVESTS_IN d:organisation:cku-rail-company")]
    [TestCase("kyrgyzstan INVESTS_IN d:organisation:cku-rail-company")]
    [TestCase("uzbekistan INVESTS_IN d:organisation:cku-rail-company")]
    public void Read_SharesHeldInWhichApposedVenture_HoldersInvest(string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The line is owned by CKU Rail Company, a Bishkek-registered joint venture in which China holds 51% and Kyrgyzstan and Uzbekistan 24.5% each.");

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.None.Contains("INVESTS_IN bishkek"));
    }
}
