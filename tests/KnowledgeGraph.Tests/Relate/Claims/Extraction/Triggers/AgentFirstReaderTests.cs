namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>A nominal trigger with its agent after "by", through the shipped pipeline.</summary>
/// <remarks>No seed or VOA sentence puts a named agent after "by" inside a nominal trigger; the lines are written.</remarks>
[TestFixture]
internal sealed class AgentFirstReaderTests
{
    [Test]
    public void Read_AttackByAgentOnTarget_AgentAttacksTarget()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The attack by ISKP on the Taliban killed ten.");

        Assert.That(claims, Does.Contain("iskp ATTACKS taliban"));
    }

    [Test]
    public void Read_ObjectThenAgentAfterBy_AgentIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The construction of Gwadar port by China began in 2002.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES gwadar-port"));
    }
}
