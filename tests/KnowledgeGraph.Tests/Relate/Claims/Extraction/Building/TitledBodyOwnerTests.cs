using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Building;

/// <summary>A body named by the end of a person's curated role title is the role's owner, through the shipped pipeline on development sentences.</summary>
[TestFixture]
internal sealed class TitledBodyOwnerTests
{
    // h28/a2.md: the chairman of a cabinet the gazetteer does not list leads the state his curated role is of.
    [Test]
    public void Owner_CabinetChairman_LeadsState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Adylbek Kasymaliev, the chairman of the Cabinet of Ministers, told reporters that the first freight trains could run in 2030 and that tariffs would be set jointly with Beijing and Tashkent.");

        Assert.That(claims, Does.Contain("adylbek-kasymaliev LEADS kyrgyzstan").And.None.Contains("cabinet-of-minister"));
    }
}
