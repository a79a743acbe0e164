using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>
/// Runs cypher-lint/lint.mjs (Neo4j's own Cypher parser and semantic checks, @neo4j-cypher/language-support at a
/// pinned version) over many statements in one node process. Installs the package with `npm ci` when missing.
/// The schema given to the checker is the graph model's: its labels, relationship types and property keys, so a
/// misspelt label or property is reported too.
/// </summary>
internal static partial class CypherLinter
{
    /// <summary>Property keys of the model (nodes and relationships).</summary>
    public static readonly string[] PropertyKeys =
    [
        "id", "name", "type", "subtype", "aliases", "aliases_text", "discovered", "confidence", "mentions", "revision",
        "title", "date", "outlet", "url", "author", "locations", "content_hash", "text", "article", "paragraph", "role",
        "file", "line", "start", "end", "count", "sentences", "paragraphs", "articles", "score", "first", "last",
        "evidence", "predicate", "class", "negated", "hedged", "source", "time", "qualifier", "trigger", "claim_id",

        // Keys of the $rows maps the load statements read (row.subject, ev.sentence, …).
        "subject", "object", "sentence", "entity", "a", "b", "evidence_ids",
    ];

    /// <summary>The folder holding lint.mjs, package.json and package-lock.json.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "KnowledgeGraph.Neo4j.Tests", "cypher-lint");

    /// <summary>Lints each (name, text, parameters); returns the diagnostics per name, or the reason it could not run.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<LintDiagnostic>> Lint(
        IEnumerable<(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)> items, bool templates = false)
    {
        EnsureInstalled();
        var schema = new JsonObject
        {
            ["labels"] = Array([.. GraphVocabulary.NodeLabels, .. templates ? new[] { "TYPE_LABEL" } : []]),
            ["relationshipTypes"] = Array([.. GraphVocabulary.ModelRelationshipTypes, .. GraphVocabulary.ClaimPredicates, .. templates ? new[] { "PREDICATE_TYPE" } : []]),
            ["propertyKeys"] = Array(PropertyKeys),
        };
        var list = new JsonArray();
        foreach ((string name, string text, IReadOnlyDictionary<string, object?> parameters) in items)
        {
            list.Add(new JsonObject
            {
                ["name"] = name,
                ["text"] = text,
                ["parameters"] = JsonNode.Parse(KnowledgeGraph.Neo4j.Http.JsonValueWriter.ToJson(parameters)),
            });
        }

        string output = Run("node", "lint.mjs", new JsonObject { ["schema"] = schema, ["items"] = list }.ToJsonString());
        var result = new Dictionary<string, IReadOnlyList<LintDiagnostic>>(StringComparer.Ordinal);
        foreach (JsonElement item in JsonDocument.Parse(output).RootElement.EnumerateArray())
        {
            result[item.GetProperty("name").GetString()!] = item.GetProperty("diagnostics").EnumerateArray()
                .Select(d => new LintDiagnostic(d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!,
                    d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()))
                .ToList();
        }

        return result;
    }

    /// <summary>
    /// Example values for the parameters a query file declares in its header ("//   $name  type  …"): strings
    /// become "x", integers 10, so the checker knows every parameter the statement uses.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> DeclaredParameters(string text)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Match match in DeclaredParameter().Matches(text))
        {
            parameters[match.Groups[1].Value] = match.Groups[2].Value == "integer" ? 10 : "x";
        }

        return parameters;
    }

    private static readonly object InstallLock = new();

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            Install();
        }
    }

    private static void Install()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Run("npm", "ci --no-audit --no-fund", stdin: null);
        }
    }

    private static JsonArray Array(IEnumerable<string> names) => new(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());

    private static string Run(string program, string arguments, string? stdin)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore($"'{program}' is not installed: the Cypher checks need Node.js (and npm) on the PATH.");
            throw;
        }

        using var owned = process;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result;
    }

    [GeneratedRegex(@"^//\s+\$(\w+)\s+(string|integer)\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredParameter();
}
