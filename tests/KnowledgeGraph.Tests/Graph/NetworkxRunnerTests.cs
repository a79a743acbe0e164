namespace KnowledgeGraph.Tests.Graph;

[TestFixture]
internal sealed class NetworkxRunnerTests
{
    [TestCase(null, null, NetworkxRunner.Outcome.Run)]
    [TestCase(null, "true", NetworkxRunner.Outcome.Run)]
    [TestCase("no networkx", null, NetworkxRunner.Outcome.Ignore)]
    [TestCase("no networkx", "", NetworkxRunner.Outcome.Ignore)]
    [TestCase("no networkx", "true", NetworkxRunner.Outcome.Fail)]
    [TestCase("no networkx", "1", NetworkxRunner.Outcome.Fail)]
    public void Decide_ProblemAndCi_SkipsLocallyButNeverUnderCi(string? problem, string? ci, NetworkxRunner.Outcome expected)
    {
        Assert.That(NetworkxRunner.Decide(problem, ci), Is.EqualTo(expected));
    }
}
