using System.Text.Json;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Live;

/// <summary>
/// Against a real Neo4j (docker compose up -d), when NEO4J_URL is set (with NEO4J_PASSWORD, and optionally
/// NEO4J_USER, NEO4J_DATABASE); skipped with a reason otherwise. Removes every :Entity, :Article, :Sentence and
/// :Claim node of that database first, so point it at a scratch database.
/// </summary>
[TestFixture]
[Category("Live")]
[NonParallelizable]
public sealed class LiveNeo4jTests
{
    private Neo4jOptions options = null!;

    [SetUp]
    public async Task ConnectAndClear()
    {
        string? url = Environment.GetEnvironmentVariable("NEO4J_URL");
        if (string.IsNullOrEmpty(url))
        {
            Assert.Ignore("Live Neo4j tests skipped: NEO4J_URL is not set (docker compose up -d, then export NEO4J_URL=http://localhost:7474 and NEO4J_PASSWORD).");
        }

        options = new Neo4jOptions
        {
            Url = new Uri(url),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        };
        await RunAsync("MATCH (n) WHERE n:Entity OR n:Article OR n:Sentence OR n:Claim DETACH DELETE n");
    }

    [TestCase(Neo4jProtocolName.Auto)]
    [TestCase(Neo4jProtocolName.TransactionalHttp)]
    public async Task Load_SeedGraph_GraphHoldsEveryRow(Neo4jProtocolName protocol)
    {
        options.Protocol = (Neo4jProtocol)protocol;
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(reader);

        Assert.That(await CountsAsync(), Is.EqualTo(Expected(reader)));
    }

    [Test]
    public async Task Load_Twice_SameCounts()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(reader);
        var first = await CountsAsync();

        await LoadAsync(reader, full: true);

        Assert.That(await CountsAsync(), Is.EqualTo(first));
    }

    [Test]
    public async Task Load_AfterChange_AddsArticleAndRemovesWithdrawnClaim()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(reader);
        SeedGraph.AddSecondArticle(reader);

        LoadReport report = await LoadAsync(reader);

        Assert.That(report.FromRevision, Is.EqualTo(1));
        Assert.That(await CountsAsync(), Is.EqualTo(Expected(reader)));
        Assert.That(await ScalarAsync("MATCH ()-[r:SUPPORTS]->() RETURN count(r) AS n"), Is.EqualTo(0));
    }

    [Test]
    public async Task Queries_SeedGraph_AnswerAsExpected()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        await LoadAsync(reader);
        SeedGraph.AddSecondArticle(reader);
        await LoadAsync(reader);

        StatementResult links = await QueryAsync("china-taliban-links", new() { ["from"] = "china", ["to"] = "taliban", ["limit"] = 25 });
        Assert.That(Strings(links[0, "path"]), Is.EqualTo(new[] { "China", "Taliban" }));

        StatementResult co = await QueryAsync("strongest-comentions", new() { ["entity"] = "china", ["limit"] = 10 });
        Assert.That(Column(co, "id"), Does.Contain("taliban"));

        StatementResult claims = await QueryAsync("claims-between", new() { ["a"] = "taliban", ["b"] = "china" });
        Assert.That((claims.Rows.Count, claims[0, "predicate"].GetString(), claims[0, "time"].GetString()), Is.EqualTo((1, "HOSTS", "2021-07")));
        Assert.That(claims[0, "evidence"][0].GetProperty("text").GetString(), Does.StartWith("Beijing even hosted"));

        StatementResult mediators = await QueryAsync("mediators", new() { ["x"] = "china", ["y"] = "taliban", ["limit"] = 10 });
        Assert.That(Column(mediators, "id"), Does.Contain("pakistan"));

        StatementResult projects = await QueryAsync("projects", new() { ["limit"] = 50 });
        Assert.That(Column(projects, "id"), Is.EqualTo(new[] { "cpec" }));

        StatementResult militants = await QueryAsync("militant-bases", new() { ["limit"] = 5 });
        Assert.That(Column(militants, "id"), Is.EquivalentTo(new[] { "taliban", "etim" }));

        StatementResult alias = await QueryAsync("entity-by-alias", new() { ["alias"] = "mullah baradar" });
        Assert.That(alias[0, "id"].GetString(), Is.EqualTo("abdul-ghani-baradar"));

        StatementResult latest = await QueryAsync("latest-batch", new() { ["limit"] = 50 });
        Assert.That((latest[0, "revision"].GetInt64(), Strings(latest[0, "articles"])), Is.EqualTo((2L, new[] { "China and the Pakistan–Afghanistan nexus" })));

        StatementResult evidence = await QueryAsync("evidence-of-edge", new() { ["a"] = "china", ["b"] = "taliban" });
        Assert.That(Column(evidence, "text"), Has.Some.StartsWith("Beijing even hosted"));
    }

    private static Dictionary<string, long> Expected(InMemoryGraphReader reader) => new()
    {
        ["Entity"] = reader.EntityRows.Count,
        ["Article"] = reader.ArticleRows.Count,
        ["Sentence"] = reader.SentenceRows.Count,
        ["Claim"] = reader.ClaimRows.Count,
        ["MENTIONED_IN"] = reader.MentionRows.Count,
        ["CO_MENTIONED"] = reader.CoMentionRows.Count,
        ["IN"] = reader.SentenceRows.Count,
        ["EVIDENCE_FOR"] = reader.ClaimRows.Sum(c => c.Evidence.Count),
        ["typed claim edges"] = reader.ClaimRows.Count,
    };

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (string label in new[] { "Entity", "Article", "Sentence", "Claim" })
        {
            counts[label] = await ScalarAsync($"MATCH (n:{label}) RETURN count(n) AS n");
        }

        foreach (string type in new[] { "MENTIONED_IN", "CO_MENTIONED", "IN", "EVIDENCE_FOR" })
        {
            counts[type] = await ScalarAsync($"MATCH ()-[r:{type}]->() RETURN count(r) AS n");
        }

        counts["typed claim edges"] = await ScalarAsync("MATCH (:Entity)-[r]->(:Entity) WHERE r.claim_id IS NOT NULL RETURN count(r) AS n");
        return counts;
    }

    private async Task<LoadReport> LoadAsync(InMemoryGraphReader reader, bool full = false)
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
        StatementResult result = await RunAsync(text);
        return result[0, "n"].GetInt64();
    }

    private async Task<StatementResult> RunAsync(string text)
    {
        using var client = new Neo4jHttpClient(options);
        var loader = new Neo4jLoader(options, client);
        (Neo4jProtocol protocol, _) = await loader.ChooseProtocolAsync(CancellationToken.None);
        return await loader.RunAsync(protocol, CypherStatement.Plain("live-test", text), CancellationToken.None);
    }

    private static List<string?> Column(StatementResult result, string field) =>
        Enumerable.Range(0, result.Rows.Count).Select(i => result[i, field].GetString()).ToList();

    private static string?[] Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString()).ToArray();
}
