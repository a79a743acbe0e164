using KnowledgeGraph.Neo4j.Http;

namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>An <see cref="IDelay"/> that records the waits and returns at once.</summary>
internal sealed class RecordingDelay : IDelay
{
    public List<TimeSpan> Waits { get; } = [];

    public Task WaitAsync(TimeSpan delay, CancellationToken cancel)
    {
        Waits.Add(delay);
        return Task.CompletedTask;
    }
}
