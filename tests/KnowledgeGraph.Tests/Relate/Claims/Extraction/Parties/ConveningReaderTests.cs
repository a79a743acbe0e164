namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A state or person bringing parties together, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ConveningReaderTests
{
    // seeds/000:151: the state hosts each party it brings together, the parties meet, and "reportedly" hedges all three.
    [Test]
    public void Read_StateBroughtTogetherFiguresFromTwoStates_HostsEachAndTheyMeet()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The trilateral ministerial engagement was restarted, and Beijing has reportedly also brought together senior intelligence figures from Afghanistan and Pakistan to discuss problems.");

        Assert.That(claims, Does.Contain("china HOSTS afghanistan").And.Contain("china HOSTS pakistan").And.Contain("afghanistan MEETS pakistan"));
    }

    // A written line: a body that brings states together counts its members; it hosts no one.
    [Test]
    public void Read_BodyBringsTogetherStates_NoHosting()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The SCO brings together Russia, China and India.");

        Assert.That(claims, Has.None.Contains("HOSTS").And.None.Contains("MEETS"));
    }
}
