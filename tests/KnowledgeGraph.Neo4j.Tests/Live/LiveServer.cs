namespace KnowledgeGraph.Neo4j.Tests.Live;

/// <summary>
/// The server the live tests may use: named only by the test-only variables KG_TEST_NEO4J_URL (required),
/// KG_TEST_NEO4J_USER (default neo4j), KG_TEST_NEO4J_PASSWORD and KG_TEST_NEO4J_DATABASE (default neo4j). NEO4J_URL
/// and its siblings, which `kg load` uses for the analyst's own graph, are never read: setting them for `kg load` must
/// not turn the test suite loose on that graph.
/// </summary>
internal static class LiveServer
{
    /// <summary>The variable that names the test server.</summary>
    public const string UrlVariable = "KG_TEST_NEO4J_URL";

    /// <summary>Options for the test server, or null (with the reason) when none is named.</summary>
    public static Neo4jOptions? Options(out string reason)
    {
        string? url = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrEmpty(url))
        {
            reason = $"live Neo4j tests skipped: {UrlVariable} is not set (a test-only variable; they never use NEO4J_URL). "
                + $"To run them: docker compose up -d, then {UrlVariable}=http://localhost:7474 KG_TEST_NEO4J_PASSWORD=… dotnet test --filter TestCategory=Live";
            return null;
        }

        reason = "";
        return new Neo4jOptions
        {
            Url = new Uri(url),
            User = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_DATABASE") ?? "neo4j",
        };
    }
}
