namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>A government named after its head, through the shipped pipeline on a seed sentence.</summary>
[TestFixture]
internal sealed class AdministrationReaderTests
{
    [Test]
    public void Read_PersonAdministration_PersonLeadsState()
    {
        IReadOnlyList<string> claims = StructuralClaims.Of("For example, the Republic did not follow the United States in denying the existence of and delisting ETIM, a closing act by the Trump administration to destabilize things with China.");

        Assert.That(claims, Does.Contain("donald-trump LEADS united-states"));
    }

}
