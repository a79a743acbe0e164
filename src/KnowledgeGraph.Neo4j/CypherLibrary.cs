using System.Reflection;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The Cypher files of the repository's cypher/ folder, embedded in this assembly at build time (the folder is the
/// source of truth). Names are paths under cypher/ without the extension: "schema", "load/entities", "queries/…".
/// </summary>
internal static class CypherLibrary
{
    private const string Prefix = "cypher/";
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(LoadAll);

    /// <summary>Every embedded file by name.</summary>
    public static IReadOnlyDictionary<string, string> All => Files.Value;

    /// <summary>The text of cypher/<paramref name="name"/>.cypher; throws KG7005 when it was not embedded.</summary>
    public static string Get(string name) =>
        Files.Value.TryGetValue(name, out string? text)
            ? text
            : throw new KgException(ErrorCodes.Neo4jProtocol, $"cypher/{name}.cypher is missing from the build");

    /// <summary>
    /// The statements of a multi-statement file (schema.cypher, a cypher-shell script): split at ';' ending a line,
    /// with comment lines removed and blank statements dropped.
    /// </summary>
    public static IReadOnlyList<string> SplitStatements(string text)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            bool ends = line.TrimEnd().EndsWith(';');
            current.AppendLine(ends ? line.TrimEnd()[..^1] : line);
            if (ends)
            {
                Flush(current, statements);
            }
        }

        Flush(current, statements);
        return statements;
    }

    private static void Flush(System.Text.StringBuilder current, List<string> statements)
    {
        string statement = current.ToString().Trim();
        if (statement.Length > 0)
        {
            statements.Add(statement);
        }

        current.Clear();
    }

    private static IReadOnlyDictionary<string, string> LoadAll()
    {
        Assembly assembly = typeof(CypherLibrary).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            string path = resource.Replace('\\', '/');
            if (!path.StartsWith(Prefix, StringComparison.Ordinal) || !path.EndsWith(".cypher", StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files[path[Prefix.Length..^".cypher".Length]] = reader.ReadToEnd();
        }

        return files;
    }
}
