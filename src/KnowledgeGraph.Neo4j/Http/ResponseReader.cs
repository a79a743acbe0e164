using System.Text.Json;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>
/// Reads the JSON bodies of both APIs. Query API v2: {"data": {"fields": [], "values": [[…]]}, "bookmarks": […]}.
/// Transactional endpoint: {"results": [{"columns": [], "data": [{"row": […]}]}], "errors": []}; it reports
/// statement errors inside a 200 body. Errors in either: {"errors": [{"code": …, "message": …}]}.
/// </summary>
internal static class ResponseReader
{
    /// <summary>Throws the first error in <paramref name="root"/>'s "errors" array, if any.</summary>
    public static void ThrowIfErrors(JsonElement root, string statementName)
    {
        if (ReadError(root, statementName) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The first error in <paramref name="root"/>'s "errors" array as an exception, or null when there is none.</summary>
    public static Neo4jException? ReadError(JsonElement root, string statementName)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out JsonElement errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return null;
        }

        JsonElement first = errors[0];
        string code = first.TryGetProperty("code", out JsonElement c) ? c.GetString() ?? "" : "";
        string message = first.TryGetProperty("message", out JsonElement m) ? m.GetString() ?? "" : "";
        return Neo4jError.FromServer(code.Length > 0 ? code : "Neo.DatabaseError.General.UnknownError", message, statementName);
    }

    /// <summary>The result of a Query API v2 request.</summary>
    public static StatementResult QueryApi(JsonElement root, string statementName)
    {
        ThrowIfErrors(root, statementName);
        if (!root.TryGetProperty("data", out JsonElement data))
        {
            throw Protocol(statementName, "no 'data' in the Query API response");
        }

        return Read(data, "fields", "values", rowProperty: null);
    }

    /// <summary>The result of the single statement of a transactional endpoint request.</summary>
    public static StatementResult Transactional(JsonElement root, string statementName)
    {
        ThrowIfErrors(root, statementName);
        if (!root.TryGetProperty("results", out JsonElement results) || results.ValueKind != JsonValueKind.Array)
        {
            throw Protocol(statementName, "no 'results' in the transactional endpoint response");
        }

        return results.GetArrayLength() == 0 ? StatementResult.Empty : Read(results[0], "columns", "data", rowProperty: "row");
    }

    private static StatementResult Read(JsonElement container, string fieldsName, string rowsName, string? rowProperty)
    {
        var fields = new List<string>();
        if (container.TryGetProperty(fieldsName, out JsonElement f))
        {
            foreach (JsonElement field in f.EnumerateArray())
            {
                fields.Add(field.GetString() ?? "");
            }
        }

        var rows = new List<IReadOnlyList<JsonElement>>();
        if (container.TryGetProperty(rowsName, out JsonElement r))
        {
            foreach (JsonElement row in r.EnumerateArray())
            {
                JsonElement values = rowProperty is null ? row : row.GetProperty(rowProperty);
                rows.Add(values.EnumerateArray().Select(v => v.Clone()).ToList());
            }
        }

        return new StatementResult(fields, rows);
    }

    private static Neo4jException Protocol(string statementName, string message) =>
        new(ErrorCodes.Neo4jProtocol, $"'{statementName}': {message}", transient: false);
}
