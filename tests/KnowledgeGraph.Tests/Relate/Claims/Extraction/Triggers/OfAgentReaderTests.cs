namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Nominal triggers with their agent in an "of" phrase ("the visit of X to Y"), through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class OfAgentReaderTests
{
    [Test]
    public void Read_TitledPersonAfterOf_IsTheAgent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In a moment of nearly perfect public narrative, the death of al-Qaeda leader Ayman al-Zawahiri was almost entirely overshadowed by the visit of US House Speaker Nancy Pelosi to Taiwan.");

        Assert.That(claims, Has.Some.Match("nancy-pelosi VISITS taiwan"));
        Assert.That(claims, Has.None.Match("us-house-of-representatives VISITS"));
    }
}
