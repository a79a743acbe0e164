using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>Subjects and objects of verbal triggers read from the dependency tree, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class VerbArgumentsTests
{
    // h39/a2.md:36 (a development article): "paid for by China" strands the verb's preposition before the agent's "by";
    // the agent pays, the terminal is paid for.
    [Test]
    public void Read_StrandedPrepositionBeforeAgent_AgentIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Back at Irkeshtam, Kyrgyz customs officers said the Irkeshtam cargo terminal, paid for by China, would open in the spring and allow the crossing to handle twice as many trucks.");

        Assert.That(claims, Does.Contain("china FUNDS d:project:irkeshtam-cargo-terminal"));
        Assert.That(claims, Does.Not.Contain("d:project:irkeshtam-cargo-terminal FUNDS china"));
    }

    // Written wire-report lines: "pay for" a project funds it, active or passive.
    [TestCase("Beijing will pay for the Gwadar port.", "china FUNDS gwadar-port")]
    [TestCase("The Gwadar port was paid for by China.", "china FUNDS gwadar-port")]
    public void Read_PayForProject_PayerFundsProject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: paying for a war is bearing its cost, and an event is funded by no one.
    [Test]
    public void Read_PayForEvent_NoFunding()
    {
        Assert.That(ShippedClaims.Of("Russia will pay for the invasion of Ukraine."), Has.None.Contains("FUNDS"));
    }
}
