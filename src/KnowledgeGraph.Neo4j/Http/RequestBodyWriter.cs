using System.Buffers;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>Serialises statements into the request bodies of the two HTTP APIs.</summary>
internal static class RequestBodyWriter
{
    /// <summary>Query API v2: {"statement": …, "parameters": {…}} (one statement per request).</summary>
    public static byte[] QueryApi(CypherStatement statement)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteStatement(writer, statement);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Transactional endpoint: {"statements": [{"statement": …, "parameters": {…}}, …]}.</summary>
    public static byte[] Transactional(IReadOnlyList<CypherStatement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (CypherStatement statement in statements)
            {
                WriteStatement(writer, statement);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteStatement(Utf8JsonWriter writer, CypherStatement statement)
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        JsonValueWriter.WriteMap(writer, statement.Parameters);
        writer.WriteEndObject();
    }
}
