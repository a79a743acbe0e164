using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The Neo4j connection of `kg load` and `kg build --neo4j`: each setting from its flag when given, else from
/// NEO4J_URL, NEO4J_USER, NEO4J_PASSWORD (or the first line of standard input), NEO4J_DATABASE, else the default.
/// </summary>
internal sealed record Neo4jConnection(string? Url = null, string? User = null, string? Database = null, bool PasswordFromStdin = false, int BatchSize = 2000, Neo4jProtocol Protocol = Neo4jProtocol.Auto)
{
    /// <summary>Validated options (KG7006 for a bad setting).</summary>
    public Neo4jOptions Resolve(TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        string? password = PasswordFromStdin ? stdin.ReadLine() : Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        string address = Url ?? Environment.GetEnvironmentVariable("NEO4J_URL") ?? "http://localhost:7474";
        if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? uri))
        {
            throw new KgException(ErrorCodes.Neo4jConfig, "NEO4J_URL (or --url) is not an absolute http(s) address");
        }

        var options = new Neo4jOptions
        {
            Url = uri,
            User = User ?? Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = password ?? "",
            Database = Database ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            BatchSize = BatchSize,
            Protocol = Protocol,
        };
        options.Validate();
        return options;
    }
}
