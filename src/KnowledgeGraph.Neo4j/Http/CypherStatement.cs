namespace KnowledgeGraph.Neo4j.Http;

/// <summary>
/// One Cypher statement with its parameters. <see cref="Name"/> names the cypher/ file it came from (for messages);
/// parameter values are strings, numbers, booleans, null, lists and string-keyed maps of those.
/// </summary>
internal sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>A statement without parameters.</summary>
    public static CypherStatement Plain(string name, string text) => new(name, text, new Dictionary<string, object?>());
}
