using System.Text;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Http;

/// <summary>The HTTP client against a local endpoint playing back Neo4j's documented responses.</summary>
[TestFixture]
public sealed class Neo4jHttpClientTests
{
    private const string Password = "s3cret-Pa55";
    private FakeNeo4jServer server = null!;

    [SetUp]
    public void StartServer() => server = new FakeNeo4jServer();

    [TearDown]
    public void StopServer() => server.Dispose();

    private Neo4jHttpClient Client(TimeSpan? timeout = null) => new(new Neo4jOptions
    {
        Url = server.Url,
        User = "neo4j",
        Password = Password,
        Database = "kg",
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
    });

    private static CypherStatement Statement() => new("load/entities", "UNWIND $rows AS row MERGE (e:Entity {id: row.id})",
        new Dictionary<string, object?> { ["rows"] = new object?[] { new Dictionary<string, object?> { ["id"] = "china", ["aliases"] = new[] { "PRC", "Beijing" } } } });

    [Test]
    public async Task RunAsync_QueryApi_PostsStatementWithParametersAndBasicAuth()
    {
        using Neo4jHttpClient client = Client();
        await client.RunAsync(Neo4jProtocol.QueryApi, Statement(), CancellationToken.None);

        RecordedRequest request = server.Statements.Single();
        Assert.That(request.Path, Is.EqualTo("/db/kg/query/v2"));
        Assert.That(request.Authorization, Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password))));
        Assert.That(request.Body, Is.EqualTo("{\"statement\":\"UNWIND $rows AS row MERGE (e:Entity {id: row.id})\",\"parameters\":{\"rows\":[{\"id\":\"china\",\"aliases\":[\"PRC\",\"Beijing\"]}]}}"));
    }

    [Test]
    public async Task RunAsync_TransactionalEndpoint_PostsStatementsArrayToTxCommit()
    {
        using Neo4jHttpClient client = Client();
        await client.RunAsync(Neo4jProtocol.TransactionalHttp, Statement(), CancellationToken.None);

        RecordedRequest request = server.Statements.Single();
        Assert.That(request.Path, Is.EqualTo("/db/kg/tx/commit"));
        Assert.That(request.Body, Does.StartWith("{\"statements\":[{\"statement\":\"UNWIND $rows"));
        Assert.That(request.Parameters.GetProperty("rows")[0].GetProperty("id").GetString(), Is.EqualTo("china"));
    }

    [Test]
    public async Task RunAsync_QueryApiResult_ReadsFieldsAndValues()
    {
        server.Respond = _ => FakeResponse.Json(202, "{\"data\": {\"fields\": [\"name\", \"n\"], \"values\": [[\"China\", 3], [\"Taliban\", 2]]}, \"bookmarks\": [\"FB:x\"]}");
        using Neo4jHttpClient client = Client();
        StatementResult result = await client.RunAsync(Neo4jProtocol.QueryApi, Statement(), CancellationToken.None);

        Assert.That(result.Fields, Is.EqualTo(new[] { "name", "n" }));
        Assert.That((result[1, "name"].GetString(), result[1, "n"].GetInt32()), Is.EqualTo(("Taliban", 2)));
    }

    [Test]
    public async Task RunAsync_TransactionalResult_ReadsColumnsAndRows()
    {
        server.Respond = _ => FakeResponse.Json(200, "{\"results\": [{\"columns\": [\"name\"], \"data\": [{\"row\": [\"China\"], \"meta\": [null]}]}], \"errors\": []}");
        using Neo4jHttpClient client = Client();
        StatementResult result = await client.RunAsync(Neo4jProtocol.TransactionalHttp, Statement(), CancellationToken.None);

        Assert.That(result[0, "name"].GetString(), Is.EqualTo("China"));
    }

    [TestCase(false, 200, "Neo.ClientError.Statement.SyntaxError", ErrorCodes.Neo4jCypher, false)]
    [TestCase(true, 400, "Neo.ClientError.Statement.SyntaxError", ErrorCodes.Neo4jCypher, false)]
    [TestCase(true, 400, "Neo.TransientError.Transaction.DeadlockDetected", ErrorCodes.Neo4jTransient, true)]
    [TestCase(false, 200, "Neo.TransientError.Transaction.LockClientStopped", ErrorCodes.Neo4jTransient, true)]
    [TestCase(true, 401, "Neo.ClientError.Security.Unauthorized", ErrorCodes.Neo4jAuth, false)]
    [TestCase(true, 404, "Neo.ClientError.Database.DatabaseNotFound", ErrorCodes.Neo4jConfig, false)]
    public void RunAsync_ErrorBody_MapsNeo4jCode(bool queryApi, int status, string code, string expected, bool transient)
    {
        server.Respond = _ => status == 200 ? FakeResponse.ErrorIn200(code, "Invalid input 'RETRUN'") : FakeResponse.Error(status, code, "no");
        using Neo4jHttpClient client = Client();
        Neo4jProtocol protocol = queryApi ? Neo4jProtocol.QueryApi : Neo4jProtocol.TransactionalHttp;

        var ex = Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(protocol, Statement(), CancellationToken.None));
        Assert.That((ex!.Code, ex.IsTransient, ex.ServerCode), Is.EqualTo((expected, transient, code)));
        Assert.That(ex.Message, Does.Contain("load/entities"));
    }

    [Test]
    public void RunAsync_Unauthorized_MessageNeverContainsPassword()
    {
        server.Respond = _ => new FakeResponse(401, "");
        using Neo4jHttpClient client = Client();

        var ex = Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Neo4jProtocol.QueryApi, Statement(), CancellationToken.None));
        Assert.That((ex!.Code, ex.IsTransient), Is.EqualTo((ErrorCodes.Neo4jAuth, false)));
        Assert.That(ex.ToString() + ex.ToLine(), Does.Not.Contain(Password).And.Not.Contain(Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password))));
    }

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    public void RunAsync_ServerError_IsTransient(int status)
    {
        server.Respond = _ => new FakeResponse(status, "<html>busy</html>");
        using Neo4jHttpClient client = Client();

        var ex = Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Neo4jProtocol.QueryApi, Statement(), CancellationToken.None));
        Assert.That((ex!.Code, ex.IsTransient), Is.EqualTo((ErrorCodes.Neo4jTransient, true)));
    }

    [Test]
    public void RunAsync_ConnectionDroppedMidResponse_IsTransient()
    {
        server.Respond = _ => FakeResponse.Dropped;
        using Neo4jHttpClient client = Client();

        var ex = Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Neo4jProtocol.QueryApi, Statement(), CancellationToken.None));
        Assert.That(ex!.IsTransient, Is.True, ex.Message);
    }

    [Test]
    public void RunAsync_NoAnswerWithinTimeout_IsTransient()
    {
        server.Respond = _ => FakeResponse.Late(TimeSpan.FromSeconds(3));
        using Neo4jHttpClient client = Client(TimeSpan.FromMilliseconds(200));

        var ex = Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Neo4jProtocol.QueryApi, Statement(), CancellationToken.None));
        Assert.That((ex!.Code, ex.IsTransient), Is.EqualTo((ErrorCodes.Neo4jTransient, true)));
        Assert.That(ex.Message, Does.Contain("no answer"));
    }

    [Test]
    public void RunAsync_NothingListening_IsUnreachableAndTransient()
    {
        Uri url = server.Url;
        server.Dispose();
        using var client = new Neo4jHttpClient(new Neo4jOptions { Url = url, Password = Password });

        var ex = Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Neo4jProtocol.QueryApi, Statement(), CancellationToken.None));
        Assert.That((ex!.Code, ex.IsTransient), Is.EqualTo((ErrorCodes.Neo4jUnreachable, true)));
        server = new FakeNeo4jServer();
    }

    [TestCase("5.26.0", true)]
    [TestCase("5.19.0", true)]
    [TestCase("5.12.0", false)]
    public async Task DiscoverAsync_DiscoveryDocument_ReadsVersionAndQueryApi(string version, bool queryApi)
    {
        server.Version = version;
        using Neo4jHttpClient client = Client();
        ServerInfo info = await client.DiscoverAsync(CancellationToken.None);

        Assert.That((info.Version, info.Edition, info.SupportsQueryApi), Is.EqualTo((version, "community", queryApi)));
        Assert.That(server.Requests.Single().Authorization, Is.Null);
    }
}
