using System.Collections;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Http;

/// <summary>Writes parameter values (see <see cref="CypherStatement"/>) as JSON, without reflection.</summary>
internal static class JsonValueWriter
{
    /// <summary>Writes <paramref name="value"/>; throws <see cref="ArgumentException"/> for a type Cypher parameters cannot carry.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (object? item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"unsupported parameter type {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>Writes a string-keyed map as a JSON object.</summary>
    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, object?> pair in map)
        {
            writer.WritePropertyName(pair.Key);
            Write(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        // JSON has no NaN or infinity; a score that is not finite is written as null rather than failing the batch.
        if (double.IsFinite(d))
        {
            writer.WriteNumberValue(Math.Round(d, 6, MidpointRounding.ToEven));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>For tests and messages: the JSON text of one value.</summary>
    public static string ToJson(object? value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
