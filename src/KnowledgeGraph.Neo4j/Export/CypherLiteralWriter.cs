using System.Collections;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>
/// Writes parameter values as Cypher literals for scripts (cypher-shell :param): strings single-quoted with
/// backslash escapes for quotes, backslashes and control characters; map keys back-quoted unless plain identifiers.
/// </summary>
internal static class CypherLiteralWriter
{
    /// <summary>Appends the literal form of <paramref name="value"/> to <paramref name="text"/>.</summary>
    public static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                WriteString(text, s);
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case int or long:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                double d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                text.Append(double.IsFinite(d) ? d.ToString("0.0##############", CultureInfo.InvariantCulture) : "null");
                break;
            case IReadOnlyDictionary<string, object?> map:
                text.Append('{');
                bool firstKey = true;
                foreach (KeyValuePair<string, object?> pair in map)
                {
                    text.Append(firstKey ? "" : ", ");
                    firstKey = false;
                    WriteKey(text, pair.Key);
                    text.Append(": ");
                    Write(text, pair.Value);
                }

                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                bool first = true;
                foreach (object? item in list)
                {
                    text.Append(first ? "" : ", ");
                    first = false;
                    Write(text, item);
                }

                text.Append(']');
                break;
            default:
                throw new ArgumentException($"unsupported value type {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>The literal form of one value.</summary>
    public static string ToLiteral(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void WriteString(StringBuilder text, string s)
    {
        text.Append('\'');
        foreach (char c in s)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '\'': text.Append("\\'"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ' or '\u2028' or '\u2029':
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        text.Append('\'');
    }

    private static void WriteKey(StringBuilder text, string key)
    {
        bool plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        text.Append(plain ? key : "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`");
    }
}
