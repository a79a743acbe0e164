namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>What the fake server answers: a status and JSON body, optionally late, or a connection cut mid-body.</summary>
internal sealed record FakeResponse(int Status, string Body, TimeSpan Delay = default, bool Drop = false)
{
    public static FakeResponse Json(int status, string body) => new(status, body);

    public static FakeResponse Error(int status, string code, string message) =>
        new(status, $"{{\"errors\": [{{\"code\": \"{code}\", \"message\": \"{message}\"}}]}}");

    /// <summary>The transactional endpoint's way: HTTP 200 with the error in the body.</summary>
    public static FakeResponse ErrorIn200(string code, string message) =>
        new(200, $"{{\"results\": [], \"errors\": [{{\"code\": \"{code}\", \"message\": \"{message}\"}}]}}");

    public static FakeResponse Dropped { get; } = new(202, "", Drop: true);

    public static FakeResponse Late(TimeSpan delay) => new(202, "{\"data\": {\"fields\": [], \"values\": []}, \"bookmarks\": []}", delay);
}
