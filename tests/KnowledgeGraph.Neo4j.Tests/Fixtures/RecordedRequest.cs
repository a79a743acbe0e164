using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>A request the fake server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body)
{
    /// <summary>The statement text of a Query API body, or of the first statement of a transactional body.</summary>
    public string Statement => Statement0().GetProperty("statement").GetString()!;

    /// <summary>The parameters of that statement.</summary>
    public JsonElement Parameters => Statement0().GetProperty("parameters");

    private JsonElement Statement0()
    {
        JsonElement root = JsonDocument.Parse(Body).RootElement;
        return root.TryGetProperty("statements", out JsonElement list) ? list[0] : root;
    }
}
