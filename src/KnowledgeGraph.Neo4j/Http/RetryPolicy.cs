namespace KnowledgeGraph.Neo4j.Http;

/// <summary>
/// Retries an operation that failed with a transient <see cref="Neo4jException"/>: exponential backoff
/// (first delay doubled per attempt, capped) with full jitter in [delay/2, delay], at most MaxAttempts tries.
/// Anything else (authentication, syntax) propagates at once.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly Neo4jOptions options;
    private readonly IDelay delay;
    private readonly Random random;

    /// <summary>Creates a policy; <paramref name="random"/> may be seeded for reproducible tests.</summary>
    public RetryPolicy(Neo4jOptions options, IDelay delay, Random? random = null)
    {
        this.options = options;
        this.delay = delay;
        this.random = random ?? Random.Shared;
    }

    /// <summary>Called before each retry with the failure, the attempt that failed (1-based) and the wait.</summary>
    public event Action<Neo4jException, int, TimeSpan>? Retrying;

    /// <summary>Runs <paramref name="operation"/> until it succeeds, fails permanently or runs out of attempts.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (int attempt = 1; ; attempt++)
        {
            Neo4jException failure;
            try
            {
                return await operation(cancel).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.IsTransient && attempt < options.MaxAttempts)
            {
                failure = ex;
            }

            TimeSpan wait = Backoff(attempt);
            Retrying?.Invoke(failure, attempt, wait);
            await delay.WaitAsync(wait, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan Backoff(int attempt)
    {
        double ceiling = Math.Min(options.MaxRetryDelay.TotalMilliseconds,
            options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ceiling / 2 + (random.NextDouble() * ceiling / 2));
    }
}
