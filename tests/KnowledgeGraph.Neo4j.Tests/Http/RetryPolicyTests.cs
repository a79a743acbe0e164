using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Http;

[TestFixture]
public sealed class RetryPolicyTests
{
    private static readonly Neo4jOptions Options = new()
    {
        Password = "x", MaxAttempts = 4, FirstRetryDelay = TimeSpan.FromMilliseconds(100), MaxRetryDelay = TimeSpan.FromMilliseconds(300),
    };

    [TestCase(1, 50, 100)]
    [TestCase(2, 100, 200)]
    [TestCase(3, 150, 300)]
    [TestCase(6, 150, 300)]
    public void Backoff_Attempt_DoublesWithJitterUpToCap(int attempt, double min, double max)
    {
        var policy = new RetryPolicy(Options, new RecordingDelay(), new Random(7));
        double ms = policy.Backoff(attempt).TotalMilliseconds;
        Assert.That(ms, Is.InRange(min, max));
    }

    [Test]
    public async Task ExecuteAsync_TransientTwiceThenSuccess_WaitsTwiceAndReturns()
    {
        var delay = new RecordingDelay();
        var policy = new RetryPolicy(Options, delay, new Random(1));
        int calls = 0;

        int result = await policy.ExecuteAsync(_ => ++calls < 3 ? throw Transient() : Task.FromResult(calls), CancellationToken.None);

        Assert.That((result, delay.Waits.Count), Is.EqualTo((3, 2)));
        Assert.That(delay.Waits[1], Is.GreaterThan(TimeSpan.FromMilliseconds(99)));
    }

    [Test]
    public void ExecuteAsync_AlwaysTransient_GivesUpAfterMaxAttempts()
    {
        var delay = new RecordingDelay();
        int calls = 0;
        var policy = new RetryPolicy(Options, delay);

        Assert.ThrowsAsync<Neo4jException>(() => policy.ExecuteAsync<int>(_ => { calls++; throw Transient(); }, CancellationToken.None));
        Assert.That((calls, delay.Waits.Count), Is.EqualTo((4, 3)));
    }

    [Test]
    public void ExecuteAsync_SyntaxError_NotRetried()
    {
        var delay = new RecordingDelay();
        int calls = 0;
        var policy = new RetryPolicy(Options, delay);
        Neo4jException syntax = Neo4jError.FromServer("Neo.ClientError.Statement.SyntaxError", "Invalid input", "load/entities");

        Assert.ThrowsAsync<Neo4jException>(() => policy.ExecuteAsync<int>(_ => { calls++; throw syntax; }, CancellationToken.None));
        Assert.That((calls, delay.Waits.Count), Is.EqualTo((1, 0)));
    }

    private static Neo4jException Transient() => new(ErrorCodes.Neo4jTransient, "deadlock", transient: true);
}
