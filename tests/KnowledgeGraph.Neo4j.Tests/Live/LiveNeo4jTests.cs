using System.Text.Json;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Live;

/// <summary>
/// Against a real Neo4j (docker compose up -d), only when the test-only variable KG_TEST_NEO4J_URL names one
/// (<see cref="LiveServer"/>; never NEO4J_URL); skipped with the reason otherwise. Every key the tests load carries a
/// prefix of this run's own (<see cref="NamespacedReader"/>), so they touch no node of anyone else's, and afterwards
/// they delete exactly the nodes with that prefix (and so their relationships). Queries that read the whole database
/// are asserted on this run's rows only, or, for the latest batch, only when the database holds nothing else.
/// </summary>
[TestFixture]
[Category("Live")]
[NonParallelizable]
public sealed class LiveNeo4jTests
{
    private Neo4jOptions options = null!;
    private string prefix = "";

    [SetUp]
    public void Connect()
    {
        options = LiveServer.Options(out string reason) ?? throw new IgnoreException(reason);
        prefix = $"kgtest-{Guid.NewGuid():N}"[..15] + ":";
    }

    [TearDown]
    public async Task DeleteWhatThisTestCreated()
    {
        if (prefix.Length > 0 && options is not null)
        {
            await RunAsync("MATCH (n) WHERE (n:Entity OR n:Article OR n:Sentence OR n:Claim) AND n.id STARTS WITH $prefix DETACH DELETE n", new() { ["prefix"] = prefix });
        }
    }

    [TestCase(Neo4jProtocolName.Auto)]
    [TestCase(Neo4jProtocolName.TransactionalHttp)]
    public async Task Load_SeedGraph_GraphHoldsEveryRow(Neo4jProtocolName protocol)
    {
        options.Protocol = (Neo4jProtocol)protocol;
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(Own(reader));

        Assert.That(await CountsAsync(), Is.EqualTo(Expected(reader)));
    }

    [Test]
    public async Task Load_Twice_SameCounts()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(Own(reader));
        var first = await CountsAsync();

        await LoadAsync(Own(reader), full: true);

        Assert.That(await CountsAsync(), Is.EqualTo(first));
    }

    [Test]
    public async Task Load_AfterChange_AddsArticleAndRemovesWithdrawnClaim()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(Own(reader));
        SeedGraph.AddSecondArticle(reader);

        LoadReport report = await LoadAsync(Own(reader));

        Assert.That(report.FromRevision, Is.EqualTo(1));
        Assert.That(await CountsAsync(), Is.EqualTo(Expected(reader)));
        Assert.That(await ScalarAsync("MATCH (a)-[r:SUPPORTS]->() WHERE a.id STARTS WITH $prefix RETURN count(r) AS n"), Is.EqualTo(0));
    }

    [Test]
    public async Task Queries_SeedGraph_AnswerAsExpected()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(Own(reader));
        SeedGraph.AddSecondArticle(reader);
        await LoadAsync(Own(reader));

        StatementResult links = await QueryAsync("china-taliban-links", new() { ["from"] = Id("china"), ["to"] = Id("taliban"), ["limit"] = 25 });
        Assert.That(Strings(links[0, "path"]), Is.EqualTo(new[] { "China", "Taliban" }));

        StatementResult co = await QueryAsync("strongest-comentions", new() { ["entity"] = Id("china"), ["limit"] = 10 });
        Assert.That(Column(co, "id"), Does.Contain(Id("taliban")));

        StatementResult claims = await QueryAsync("claims-between", new() { ["a"] = Id("taliban"), ["b"] = Id("china") });
        Assert.That((claims.Rows.Count, claims[0, "predicate"].GetString(), claims[0, "time"].GetString()), Is.EqualTo((1, "HOSTS", "2021-07")));
        Assert.That(claims[0, "evidence"][0].GetProperty("text").GetString(), Does.StartWith("Beijing even hosted"));

        StatementResult mediators = await QueryAsync("mediators", new() { ["x"] = Id("china"), ["y"] = Id("taliban"), ["limit"] = 10 });
        Assert.That(Column(mediators, "id"), Does.Contain(Id("pakistan")));

        // The next queries read the whole database: only this run's rows are asserted on.
        StatementResult projects = await QueryAsync("projects", new() { ["limit"] = 1000 });
        Assert.That(Own(Column(projects, "id")), Is.EqualTo(new[] { Id("cpec") }));

        StatementResult militants = await QueryAsync("militant-bases", new() { ["limit"] = 5 });
        Assert.That(Own(Column(militants, "id")), Is.EquivalentTo(new[] { Id("taliban"), Id("etim") }));

        StatementResult alias = await QueryAsync("entity-by-alias", new() { ["alias"] = "mullah baradar" });
        Assert.That(Own(Column(alias, "id")), Does.Contain(Id("abdul-ghani-baradar")));

        StatementResult evidence = await QueryAsync("evidence-of-edge", new() { ["a"] = Id("china"), ["b"] = Id("taliban") });
        Assert.That(Column(evidence, "text"), Has.Some.StartsWith("Beijing even hosted"));
    }

    [Test]
    public async Task LatestBatch_DatabaseHoldingOnlyThisRun_NamesTheSecondArticle()
    {
        Assume.That(await ScalarAsync("MATCH (n) WHERE (n:Entity OR n:Article) AND NOT n.id STARTS WITH $prefix RETURN count(n) AS n"), Is.Zero,
            "latest-batch reads the newest revision of the whole database; it is checked only on a database holding nothing else");
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(Own(reader));
        SeedGraph.AddSecondArticle(reader);
        await LoadAsync(Own(reader));

        StatementResult latest = await QueryAsync("latest-batch", new() { ["limit"] = 50 });

        Assert.That((latest[0, "revision"].GetInt64(), Strings(latest[0, "articles"])), Is.EqualTo((2L, new[] { "China and the Pakistan–Afghanistan nexus" })));
    }

    private static Dictionary<string, long> Expected(InMemoryGraphReader reader) => new()
    {
        ["Entity"] = reader.EntityRows.Count,
        ["Article"] = reader.ArticleRows.Count,
        ["Sentence"] = reader.SentenceRows.Count,
        ["Claim"] = reader.ClaimRows.Count,
        ["MENTIONED_IN"] = reader.MentionCountRows.Count,
        ["CO_MENTIONED"] = reader.CoMentionRows.Count,
        ["IN"] = reader.SentenceRows.Count,
        ["EVIDENCE_FOR"] = reader.ClaimRows.Sum(c => c.Evidence.Count),
        ["typed claim edges"] = reader.ClaimRows.Count,
    };

    /// <summary>This run's nodes and relationships only (their start node carries this run's prefix).</summary>
    private async Task<Dictionary<string, long>> CountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (string label in new[] { "Entity", "Article", "Sentence", "Claim" })
        {
            counts[label] = await ScalarAsync($"MATCH (n:{label}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n");
        }

        foreach (string type in new[] { "MENTIONED_IN", "CO_MENTIONED", "IN", "EVIDENCE_FOR" })
        {
            counts[type] = await ScalarAsync($"MATCH (a)-[r:{type}]->() WHERE a.id STARTS WITH $prefix RETURN count(r) AS n");
        }

        counts["typed claim edges"] = await ScalarAsync("MATCH (a:Entity)-[r]->(:Entity) WHERE r.claim_id IS NOT NULL AND a.id STARTS WITH $prefix RETURN count(r) AS n");
        return counts;
    }

    private NamespacedReader Own(InMemoryGraphReader reader) => new(reader, prefix);

    private string Id(string id) => prefix + id;

    private List<string?> Own(List<string?> ids) => ids.Where(id => id is not null && id.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    private async Task<LoadReport> LoadAsync(NamespacedReader reader, bool full = false)
    {
        using var client = new Neo4jHttpClient(options);
        return await new Neo4jLoader(options, client).LoadAsync(reader, full, CancellationToken.None);
    }

    private async Task<StatementResult> QueryAsync(string name, Dictionary<string, object?> parameters)
    {
        using var client = new Neo4jHttpClient(options);
        var loader = new Neo4jLoader(options, client);
        (Neo4jProtocol protocol, _) = await loader.ChooseProtocolAsync(CancellationToken.None);
        return await loader.RunAsync(protocol, new CypherStatement(name, CypherLibrary.Get("queries/" + name), parameters), CancellationToken.None);
    }

    private async Task<long> ScalarAsync(string text)
    {
        StatementResult result = await RunAsync(text, new() { ["prefix"] = prefix });
        return result[0, "n"].GetInt64();
    }

    private async Task<StatementResult> RunAsync(string text, Dictionary<string, object?> parameters)
    {
        using var client = new Neo4jHttpClient(options);
        var loader = new Neo4jLoader(options, client);
        (Neo4jProtocol protocol, _) = await loader.ChooseProtocolAsync(CancellationToken.None);
        return await loader.RunAsync(protocol, new CypherStatement("live-test", text, parameters), CancellationToken.None);
    }

    private static List<string?> Column(StatementResult result, string field) =>
        Enumerable.Range(0, result.Rows.Count).Select(i => result[i, field].GetString()).ToList();

    private static string?[] Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString()).ToArray();
}
