using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A partner role coordinated after a possessed one, through the shipped pipeline on wire-report sentences.</summary>
[TestFixture]
internal sealed class CoordinatedRoleTests
{
    // Wire reports (the forty-ninth, sixtieth and twenty-eighth development sets): an "its" standing for the first role's
    // owner, before the second role or after its "in", makes the owner the second role's too.
    [TestCase("China is Tajikistan's largest creditor and one of its biggest investors.", "china INVESTS_IN tajikistan")]
    [TestCase("China is Kazakhstan's largest trading partner and a leading investor in its oil, gas and transport sectors, and the two countries share a border of more than 1,700 km.", "china INVESTS_IN kazakhstan")]
    [TestCase("Uzbek President Shavkat Mirziyoyev, who has opened his country to foreign capital since succeeding Islam Karimov in 2016, has made China Uzbekistan's largest trading partner and its biggest source of foreign investment.", "china INVESTS_IN uzbekistan")]
    public void Second_RoleOwnedThroughIts_SharesOwner(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // The same sentence: the first role keeps its own predicate, and the holder invests in no one else.
    [Test]
    public void Second_RoleOwnedThroughIts_KeepsFirstRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China is Tajikistan's largest creditor and one of its biggest investors.");

        Assert.That(claims, Does.Contain("china FUNDS tajikistan"));
        Assert.That(claims.Where(c => c.Contains("INVESTS_IN", StringComparison.Ordinal)), Is.EqualTo(new[] { "china INVESTS_IN tajikistan" }));
    }
}
