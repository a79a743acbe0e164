using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Cypher;

/// <summary>Every file in cypher/ passes Neo4j's own parser; the embedded copies match the files; a slip is caught.</summary>
[TestFixture]
public sealed class CypherLibraryTests
{
    private static string CypherFolder => Path.Combine(RepoPaths.Root, "cypher");

    private IReadOnlyDictionary<string, IReadOnlyList<LintDiagnostic>> results = null!;

    public static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "cypher"), "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.Root, "cypher"), f).Replace('\\', '/')[..^".cypher".Length])
            .Order(StringComparer.Ordinal);

    [OneTimeSetUp]
    public void LintEverything()
    {
        var items = FileNames().Select(name =>
        {
            string text = File.ReadAllText(Path.Combine(CypherFolder, name + ".cypher"));
            IReadOnlyDictionary<string, object?> parameters = name.StartsWith("load/", StringComparison.Ordinal)
                ? new Dictionary<string, object?> { ["rows"] = Array.Empty<object?>(), ["keys"] = Array.Empty<object?>() }
                : CypherLinter.DeclaredParameters(text);
            return (name, text, parameters);
        }).ToList();
        items.Add(("slip", "MATCH (e:Entity {id: $id})\nRETRUN e.name", new Dictionary<string, object?> { ["id"] = "x" }));
        items.Add(("wrong-label", "MATCH (e:Entty {id: $id}) RETURN e.name", new Dictionary<string, object?> { ["id"] = "x" }));
        items.Add(("undeclared-parameter", "MATCH (e:Entity {id: $entity}) RETURN e.name", new Dictionary<string, object?>()));
        results = CypherLinter.Lint(items, templates: true);
    }

    [TestCaseSource(nameof(FileNames))]
    public void File_InCypherFolder_PassesNeo4jParserWithoutFindings(string name) =>
        Assert.That(results[name], Is.Empty, () => $"cypher/{name}.cypher:\n{string.Join("\n", results[name])}");

    [Test]
    public void Lint_SyntaxSlip_ReportsErrorAtTheSlip()
    {
        LintDiagnostic first = results["slip"][0];
        Assert.That((first.Severity, first.Line, first.Message), Is.EqualTo(("error", 2, first.Message)));
        Assert.That(first.Message, Does.Contain("RETRUN"));
    }

    [Test]
    public void Lint_MisspeltLabel_ReportsWarning() =>
        Assert.That(results["wrong-label"].Select(d => d.Message), Has.Some.Contains("Entty"));

    [Test]
    public void Lint_UndeclaredParameter_ReportsError() =>
        Assert.That(results["undeclared-parameter"].Select(d => d.Message), Has.Some.Contains("$entity"));

    [TestCaseSource(nameof(FileNames))]
    public void All_EmbeddedCopy_EqualsFile(string name) =>
        Assert.That(CypherLibrary.Get(name), Is.EqualTo(File.ReadAllText(Path.Combine(CypherFolder, name + ".cypher"))));

    [TestCaseSource(nameof(QueryNames))]
    public void Query_Header_SaysWhatItAnswersAndDeclaresEveryParameter(string name)
    {
        string text = CypherLibrary.Get(name);
        var used = System.Text.RegularExpressions.Regex.Matches(text, @"\$(\w+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.That(text, Does.StartWith("// "));
        Assert.That(CypherLinter.DeclaredParameters(text).Keys, Is.EquivalentTo(used));
    }

    public static IEnumerable<string> QueryNames() => FileNames().Where(n => n.StartsWith("queries/", StringComparison.Ordinal));

    [Test]
    public void SplitStatements_Schema_OneStatementPerSemicolonWithoutComments()
    {
        IReadOnlyList<string> statements = CypherLibrary.SplitStatements(CypherLibrary.Get("schema"));
        Assert.That(statements, Has.Count.EqualTo(10));
        Assert.That(statements, Has.All.StartsWith("CREATE ").And.All.Not.Contain(";").And.All.Not.Contain("//"));
    }
}
