namespace KnowledgeGraph.Neo4j.Http;

/// <summary>Waiting between retries, injected so tests run without sleeping.</summary>
internal interface IDelay
{
    Task WaitAsync(TimeSpan delay, CancellationToken cancel);
}
