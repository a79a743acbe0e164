namespace KnowledgeGraph.Neo4j.Http;

/// <summary>The real clock: <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
internal sealed class SystemDelay : IDelay
{
    public static SystemDelay Instance { get; } = new();

    public Task WaitAsync(TimeSpan delay, CancellationToken cancel) => Task.Delay(delay, cancel);
}
