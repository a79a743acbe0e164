using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Verb triggers of building or running a project (BUILDS_OR_OPERATES's verbs), through the shipped pipeline on
/// written look-set sentences.</summary>
[TestFixture]
internal sealed class ProjectVerbTests
{
    // A written analysis line: a state that presses ahead with a pipeline is building it.
    [Test]
    public void Read_PressAheadWithProject_BuildsOrOperatesIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Turkmenistan, which has pursued a policy of permanent neutrality since the 1990s, is pressing ahead with the TAPI gas pipeline, which is meant to carry Turkmen gas across Afghanistan to Pakistan and India.");

        Assert.That(claims, Does.Contain("turkmenistan BUILDS_OR_OPERATES tapi-pipeline"));
    }
}
