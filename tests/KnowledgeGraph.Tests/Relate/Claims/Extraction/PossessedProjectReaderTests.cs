namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>A state's possessed project, through the shipped pipeline on seed and VOA dev sentences.</summary>
[TestFixture]
internal sealed class PossessedProjectReaderTests
{
    [Test]
    public void Read_StatesPossessedInitiative_BuildsOrOperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This narrative has changed in recent years with the arrival of China’s BRI, which has increasingly subsumed and co-opted the SCO’s economic side.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES belt-and-road-initiative"));
    }

    [Test]
    public void Read_BuilderStatedInSentence_PossessorIsNoBuilder()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("One example is Kenya’s Standard Gauge Railway, a project financed, built and managed by China.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES d:project:standard-gauge-railway")
            .And.Not.Contain("kenya BUILDS_OR_OPERATES d:project:standard-gauge-railway"));
    }
}
