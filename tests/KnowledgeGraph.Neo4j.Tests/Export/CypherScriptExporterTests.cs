using KnowledgeGraph.Neo4j.Export;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Export;

[TestFixture]
public sealed class CypherScriptExporterTests
{
    private string dir = null!;

    [SetUp]
    public void MakeDirectory() => dir = Directory.CreateTempSubdirectory("kg-cypher-").FullName;

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(dir, recursive: true);

    [Test]
    public void Export_SeedGraph_ScriptPassesNeo4jParserAsCypherShellScript()
    {
        string path = new CypherScriptExporter().Export(SeedGraph.Build(), dir).Single();
        string text = File.ReadAllText(path);

        // The checker does not carry :param values over to the next statement, so $rows is declared for it.
        var result = CypherLinter.Lint([("script", text, new Dictionary<string, object?> { ["rows"] = Array.Empty<object?>() })])["script"];

        Assert.That(result.Where(d => d.Severity == "error"), Is.Empty,
            () => string.Join("\n", result));
    }

    [Test]
    public void Export_SeedGraph_EverySentenceTextIsAQuotedLiteralNeverInAStatement()
    {
        InMemoryGraphReader reader = SeedGraph.Build();
        string text = File.ReadAllText(new CypherScriptExporter().Export(reader, dir).Single());
        string[] paramLines = text.Split('\n').Where(l => l.StartsWith(":param ", StringComparison.Ordinal)).ToArray();

        Assert.That(reader.SentenceRows.Select(s => CypherLiteralWriter.ToLiteral(s.Text)), Has.All.Matches<string>(lit => paramLines.Any(l => l.Contains(lit, StringComparison.Ordinal))));
        // One :param per batch: six entity types in the seed graph, five plain steps, three predicates.
        Assert.That(paramLines.Length, Is.EqualTo(6 + 5 + 3));
    }
}
