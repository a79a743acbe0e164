using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>A CSV file for neo4j-admin import: every field quoted, quotes doubled, arrays joined by <see cref="ArrayDelimiter"/>.</summary>
internal sealed class CsvFile : IDisposable
{
    /// <summary>Array delimiter (U+001F, the unit separator), which no name or sentence contains; passed as --array-delimiter=U+001F.</summary>
    public const char ArrayDelimiter = '\u001F';

    private readonly StreamWriter writer;
    private readonly StringBuilder line = new();

    public CsvFile(string path, params string[] header)
    {
        Path = path;
        writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(',', header));
    }

    public string Path { get; }

    /// <summary>Writes one row; null fields are left empty (no property).</summary>
    public void Row(params object?[] fields)
    {
        line.Clear();
        for (int i = 0; i < fields.Length; i++)
        {
            line.Append(i == 0 ? "" : ",");
            string? text = fields[i] switch
            {
                null => null,
                bool b => b ? "true" : "false",
                IEnumerable<string> list => string.Join(ArrayDelimiter, list.Select(s => s.Replace(ArrayDelimiter, ' '))),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                object o => o.ToString(),
            };
            if (text is not null)
            {
                line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        writer.WriteLine(line.ToString());
    }

    public void Dispose() => writer.Dispose();
}
