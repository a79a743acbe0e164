using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>The rows one statement returned: column names and, per row, one JSON value per column.</summary>
internal sealed record StatementResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Rows)
{
    /// <summary>An empty result (write statements that return nothing).</summary>
    public static StatementResult Empty { get; } = new([], []);

    /// <summary>The value of column <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public JsonElement this[int row, string field]
    {
        get
        {
            int column = Fields.ToList().IndexOf(field);
            if (column < 0)
            {
                throw new KeyNotFoundException($"no column '{field}' (columns: {string.Join(", ", Fields)})");
            }

            return Rows[row][column];
        }
    }
}
