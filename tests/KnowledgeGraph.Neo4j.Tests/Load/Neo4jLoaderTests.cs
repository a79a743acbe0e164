using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Load;

/// <summary>The loader against the local fake server, with the seed graph as the store.</summary>
[TestFixture]
public sealed class Neo4jLoaderTests
{
    private FakeNeo4jServer server = null!;
    private RecordingDelay delay = null!;

    [SetUp]
    public void StartServer()
    {
        server = new FakeNeo4jServer();
        delay = new RecordingDelay();
    }

    [TearDown]
    public void StopServer() => server.Dispose();

    private Neo4jOptions Options(int batchSize = 2000) => new() { Url = server.Url, Password = "pw", BatchSize = batchSize, MaxAttempts = 3 };

    private async Task<LoadReport> LoadAsync(InMemoryGraphReader reader, int batchSize = 2000, bool full = false)
    {
        Neo4jOptions options = Options(batchSize);
        using var client = new KnowledgeGraph.Neo4j.Http.Neo4jHttpClient(options);
        return await new Neo4jLoader(options, client, delay, new Random(3)).LoadAsync(reader, full, CancellationToken.None);
    }

    private int SchemaCount => LoadStatements.Schema().Count;

    [Test]
    public async Task LoadAsync_SeedGraph_SendsSchemaThenEveryRowAndMovesWatermark()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        LoadReport report = await LoadAsync(reader);

        var statements = server.Statements;
        Assert.That(statements.Take(SchemaCount).Select(s => s.Statement), Is.EqualTo(LoadStatements.Schema()));
        Assert.That(statements.Skip(SchemaCount).Select(s => s.Path).Distinct(), Is.EqualTo(new[] { "/db/neo4j/query/v2" }));
        Assert.That(report.RowsByStep["entities:Country"], Is.EqualTo(3));
        Assert.That(report.RowsByStep["sentences"], Is.EqualTo(reader.SentenceRows.Count));
        Assert.That(report.RowsByStep["claim-edges:HOSTS"], Is.EqualTo(1));
        Assert.That(report.Rows, Is.EqualTo(reader.EntityRows.Count + 1 + reader.SentenceRows.Count + reader.MentionCountRows.Count
            + reader.CoMentionRows.Count + (2 * reader.ClaimRows.Count)));
        Assert.That(reader.GetWatermark($"neo4j:{server.Url.Authority}/neo4j"), Is.EqualTo(1));
    }

    [Test]
    public async Task LoadAsync_EntityBatch_CarriesRowsAsParametersAndLabelFromWhitelist()
    {
        await LoadAsync(SeedGraph.Build());

        RecordedRequest countries = server.Statements.Single(s => s.Statement.Contains("SET e:Country,", StringComparison.Ordinal));
        var ids = countries.Parameters.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.EquivalentTo(new[] { "china", "afghanistan", "pakistan" }));
        Assert.That(countries.Statement, Does.Not.Contain("china"));
    }

    [Test]
    public async Task LoadAsync_Twice_SecondSendsSchemaOnly()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(reader);
        int first = server.Statements.Count;

        LoadReport again = await LoadAsync(reader);

        Assert.That((again.Batches, server.Statements.Count - first), Is.EqualTo((0, SchemaCount)));
    }

    [Test]
    public async Task LoadAsync_AfterChange_SendsOnlyNewRowsAndTombstones()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(reader);
        SeedGraph.AddSecondArticle(reader);
        int before = server.Statements.Count;

        LoadReport report = await LoadAsync(reader);

        var sent = server.Statements.Skip(before + SchemaCount).ToList();
        Assert.That(report.RowsByStep["delete:claim"], Is.EqualTo(1));
        Assert.That(sent[0].Parameters.GetProperty("keys")[0].GetString(), Is.EqualTo("pakistan-supports-taliban"));
        Assert.That(report.RowsByStep["articles"], Is.EqualTo(1));
        Assert.That(report.RowsByStep["sentences"], Is.EqualTo(SeedGraph.SecondSentences.Length));
        Assert.That(report.RowsByStep.ContainsKey("claims"), Is.False);
        Assert.That((report.FromRevision, report.ToRevision), Is.EqualTo((1L, 2L)));
    }

    [Test]
    public async Task LoadAsync_SmallBatchSize_SplitsRowsAcrossTransactions()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        LoadReport report = await LoadAsync(reader, batchSize: 2);

        var sentenceBatches = server.Statements.Where(s => s.Statement.Contains("MERGE (s:Sentence", StringComparison.Ordinal)).ToList();
        Assert.That(sentenceBatches.Select(b => b.Parameters.GetProperty("rows").GetArrayLength()), Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(report.Batches, Is.GreaterThan(sentenceBatches.Count));
    }

    [Test]
    public async Task LoadAsync_DeadlockOnceMidLoad_RetriesTheSameBatchWhole()
    {
        int claimCalls = 0;
        server.Respond = r => r.Method == "POST" && r.Statement.Contains("MERGE (c:Claim", StringComparison.Ordinal) && ++claimCalls == 1
            ? FakeResponse.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock on NODE(china)")
            : null;
        InMemoryGraphReader reader = SeedGraph.Build();

        LoadReport report = await LoadAsync(reader);

        var claimBatches = server.Statements.Where(s => s.Statement.Contains("MERGE (c:Claim", StringComparison.Ordinal)).ToList();
        Assert.That(claimBatches.Select(b => b.Body).Distinct().Count(), Is.EqualTo(1));
        Assert.That((claimBatches.Count, report.Retries, delay.Waits.Count), Is.EqualTo((2, 1, 1)));
        Assert.That(reader.GetWatermark($"neo4j:{server.Url.Authority}/neo4j"), Is.EqualTo(1));
    }

    [Test]
    public void LoadAsync_ConnectionDropsOnEveryTry_StopsAndLeavesWatermark()
    {
        server.Respond = r => r.Method == "POST" && r.Statement.Contains("MERGE (s:Sentence", StringComparison.Ordinal) ? FakeResponse.Dropped : null;
        InMemoryGraphReader reader = SeedGraph.Build();

        var ex = Assert.ThrowsAsync<Neo4jException>(() => LoadAsync(reader));

        Assert.That(ex!.IsTransient, Is.True);
        Assert.That(server.Statements.Count(s => s.Statement.Contains("MERGE (s:Sentence", StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(server.Statements.Any(s => s.Statement.Contains("MENTIONED_IN", StringComparison.Ordinal)), Is.False);
        Assert.That((reader.WatermarkWrites, reader.GetWatermark($"neo4j:{server.Url.Authority}/neo4j")), Is.EqualTo((0, 0L)));
    }

    [TestCase(401, "Neo.ClientError.Security.Unauthorized", ErrorCodes.Neo4jAuth)]
    [TestCase(400, "Neo.ClientError.Statement.SyntaxError", ErrorCodes.Neo4jCypher)]
    public void LoadAsync_PermanentError_StopsAtOnceWithoutRetry(int status, string code, string expected)
    {
        server.Respond = r => r.Method == "POST" ? FakeResponse.Error(status, code, "stop") : null;
        InMemoryGraphReader reader = SeedGraph.Build();

        var ex = Assert.ThrowsAsync<Neo4jException>(() => LoadAsync(reader));

        Assert.That((ex!.Code, server.Statements.Count, delay.Waits.Count, reader.WatermarkWrites), Is.EqualTo((expected, 1, 0, 0)));
    }

    [Test]
    public async Task LoadAsync_Neo4j5_12_UsesTransactionalEndpoint()
    {
        server.Version = "5.12.0";
        LoadReport report = await LoadAsync(SeedGraph.Build());

        Assert.That(report.Protocol, Is.EqualTo(Neo4jProtocol.TransactionalHttp));
        Assert.That(server.Statements.Select(s => s.Path).Distinct(), Is.EqualTo(new[] { "/db/neo4j/tx/commit" }));
    }

    [Test]
    public async Task LoadAsync_UnknownPredicate_WritesClaimNodeButSkipsTypedEdge()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        reader.ClaimRows[0] = reader.ClaimRows[0] with { Predicate = "LIKES" };

        LoadReport report = await LoadAsync(reader);

        Assert.That(report.Skipped["claim edge 'LIKES'"], Is.EqualTo(1));
        Assert.That(report.RowsByStep["claims"], Is.EqualTo(3));
        Assert.That(server.Statements.Any(s => s.Statement.Contains("LIKES", StringComparison.Ordinal)), Is.False);
    }

    [TestCase(404, "TransactionalHttp")]
    [TestCase(0, "QueryApi")]
    public async Task LoadAsync_Neo4j5_26WithoutQueryApiListed_ProbesIt(int probeStatus, string expected)
    {
        server.AdvertiseQueryApi = false;
        server.Respond = r => r.Method == "POST" && r.Path.EndsWith("/query/v2", StringComparison.Ordinal) && probeStatus != 0
            ? new FakeResponse(probeStatus, "")
            : null;

        LoadReport report = await LoadAsync(SeedGraph.Build());

        Assert.That(report.Protocol.ToString(), Is.EqualTo(expected));
        Assert.That(server.Statements[0].Statement, Is.EqualTo("RETURN 1 AS ok"));
    }
}
