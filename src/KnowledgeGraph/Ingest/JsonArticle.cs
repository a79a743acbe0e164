using System.Text.Json;

namespace KnowledgeGraph.Ingest;

/// <summary>The fields of one JSONL article; unknown fields are ignored, non-string values are errors.</summary>
internal sealed record JsonArticle(string? Title, string? Date, string? Url, string? Outlet, string? Author, string? Text)
{
    /// <summary>The article, or null with a short reason in <paramref name="error"/>.</summary>
    public static JsonArticle? Parse(string json, out string? error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected an object, found {root.ValueKind}";
                return null;
            }

            error = null;
            string?[] values = new string?[Fields.Length];
            for (int i = 0; i < Fields.Length; i++)
            {
                if (!root.TryGetProperty(Fields[i], out JsonElement value) || value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    error = $"field '{Fields[i]}' must be a string";
                    return null;
                }

                values[i] = value.GetString();
            }

            return new JsonArticle(values[0], values[1], values[2], values[3], values[4], values[5]);
        }
    }

    private static readonly string[] Fields = ["title", "date", "url", "outlet", "author", "text"];
}
