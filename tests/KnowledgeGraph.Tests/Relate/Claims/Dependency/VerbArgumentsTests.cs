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

    // h26/a1.md:8 and h38/a1.md:29 (development articles): the body a funded thing is "for" is funded.
    [TestCase("DUSHANBE, August 12 (Reuters) - China will finance nine new outposts for Tajikistan's Border Troops in the mountainous Gorno-Badakhshan region, Tajik officials said on Tuesday, a move that deepens Beijing's security role along one of the most sensitive stretches of the Afghan frontier.")]
    [TestCase("Beijing has paid for new posts for the Tajik border troops and a forensic laboratory for the Drug Control Agency, and last year China's Ministry of Public Security trained more than 200 Tajik narcotics officers, according to the Chinese embassy.")]
    public void Read_FundedThingForBody_PayerFundsBody(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("china FUNDS d:organisation:border-troops-of-tajikistan"));
    }

    // Written: a length of time after "for" funds no one.
    [Test]
    public void Read_FundedForYears_NoFunding()
    {
        Assert.That(ShippedClaims.Of("The United States funded the war for decades."), Has.None.Contains("FUNDS"));
    }
}
