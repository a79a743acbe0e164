using System.Diagnostics;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Load;

/// <summary>
/// Loads a store into Neo4j, incrementally: applies cypher/schema.cypher, then sends only rows written after the
/// target's watermark (and deletions from tombstones), one transaction per batch, retrying transient failures.
/// The watermark moves to the store's revision only after every batch succeeded, so a failed or interrupted load
/// is caught up by the next one (every statement is an idempotent MERGE or delete).
/// </summary>
internal sealed class Neo4jLoader
{
    private readonly Neo4jOptions options;
    private readonly Neo4jHttpClient client;
    private readonly RetryPolicy retry;
    private int retries;

    public Neo4jLoader(Neo4jOptions options, Neo4jHttpClient client, IDelay? delay = null, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        this.client = client;
        retry = new RetryPolicy(options, delay ?? SystemDelay.Instance, random);
        retry.Retrying += (ex, attempt, wait) =>
        {
            retries++;
            Retrying?.Invoke(ex, attempt, wait);
        };
    }

    /// <summary>Raised before each retry (the CLI prints it).</summary>
    public event Action<Neo4jException, int, TimeSpan>? Retrying;

    /// <summary>Raised after each committed batch.</summary>
    public event Action<LoadBatch>? BatchLoaded;

    /// <summary>
    /// Loads what changed since the watermark of this target (everything when <paramref name="full"/>), then moves
    /// the watermark. Throws <see cref="Neo4jException"/> when Neo4j is unreachable, refuses the credentials, rejects
    /// a statement, or a transient failure outlasts the retries; the watermark is then left where it was.
    /// </summary>
    public async Task<LoadReport> LoadAsync(IGraphReader reader, bool full, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var clock = Stopwatch.StartNew();
        retries = 0;
        long target = reader.Revision;
        long since = full ? 0 : reader.GetWatermark(options.WatermarkKey);
        (Neo4jProtocol protocol, string? version) = await ChooseProtocolAsync(cancel).ConfigureAwait(false);

        for (int i = 0; i < LoadStatements.Schema().Count; i++)
        {
            await RunAsync(protocol, CypherStatement.Plain($"schema#{i + 1}", LoadStatements.Schema()[i]), cancel).ConfigureAwait(false);
        }

        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        int batches = 0;
        var plan = new LoadPlan(reader, since, options.BatchSize);
        if (since < target || full)
        {
            foreach (LoadBatch batch in plan.Batches())
            {
                await RunAsync(protocol, batch.Statement, cancel).ConfigureAwait(false);
                rows[batch.Step] = rows.GetValueOrDefault(batch.Step) + batch.Rows;
                batches++;
                BatchLoaded?.Invoke(batch);
            }
        }

        reader.SetWatermark(options.WatermarkKey, target);
        return new LoadReport
        {
            Target = $"{options.DisplayUrl}/{options.Database}",
            Protocol = protocol,
            ServerVersion = version,
            FromRevision = since,
            ToRevision = target,
            Batches = batches,
            RowsByStep = rows,
            Skipped = plan.Skipped,
            Retries = retries,
            BytesSent = client.BytesSent,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Runs one statement (an analyst query, a live test) with the retry policy.</summary>
    public Task<StatementResult> RunAsync(Neo4jProtocol protocol, CypherStatement statement, CancellationToken cancel) =>
        retry.ExecuteAsync(ct => client.RunAsync(protocol, statement, ct), cancel);

    /// <summary>
    /// The configured protocol, or for Auto: the Query API when the discovery document lists it; the transactional
    /// endpoint when the server is older than 5.19; otherwise (5.19+ without the listing, or no version) a probe
    /// of the Query API decides, since the module can be switched off (server.http_enabled_modules).
    /// </summary>
    public async Task<(Neo4jProtocol Protocol, string? Version)> ChooseProtocolAsync(CancellationToken cancel)
    {
        ServerInfo info = await retry.ExecuteAsync(client.DiscoverAsync, cancel).ConfigureAwait(false);
        if (options.Protocol != Neo4jProtocol.Auto)
        {
            return (options.Protocol, info.Version);
        }

        if (info.AdvertisesQueryApi)
        {
            return (Neo4jProtocol.QueryApi, info.Version);
        }

        if (info.ParsedVersion is { } version && version < ServerInfo.FirstQueryApiVersion)
        {
            return (Neo4jProtocol.TransactionalHttp, info.Version);
        }

        // Ask the Query API itself; a 404 means it is not there (or not enabled).
        try
        {
            await retry.ExecuteAsync(ct => client.RunAsync(Neo4jProtocol.QueryApi, CypherStatement.Plain("probe", "RETURN 1 AS ok"), ct), cancel).ConfigureAwait(false);
            return (Neo4jProtocol.QueryApi, info.Version);
        }
        catch (Neo4jException ex) when (ex.Code == Diagnostics.ErrorCodes.Neo4jProtocol)
        {
            return (Neo4jProtocol.TransactionalHttp, info.Version);
        }
    }
}
