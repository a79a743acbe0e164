using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Neo4j.Tests.Fixtures;

namespace KnowledgeGraph.Neo4j.Tests.Load;

/// <summary>Every statement the loader can send passes Neo4j's own parser and semantic checks against the model's schema.</summary>
[TestFixture]
public sealed class LoadStatementsTests
{
    private static readonly IReadOnlyDictionary<string, object?> LoadParameters =
        new Dictionary<string, object?> { ["rows"] = Array.Empty<object?>(), ["keys"] = Array.Empty<object?>() };

    private IReadOnlyDictionary<string, IReadOnlyList<LintDiagnostic>> results = null!;

    [OneTimeSetUp]
    public void LintEverything() =>
        results = CypherLinter.Lint(LoadStatements.Every().Select(s => (s.Name, s.Text, LoadParameters)));

    public static IEnumerable<string> StatementNames() => LoadStatements.Every().Select(s => s.Name);

    [TestCaseSource(nameof(StatementNames))]
    public void Every_Statement_PassesNeo4jParserWithoutFindings(string name) =>
        Assert.That(results[name], Is.Empty, () => $"{name}:\n{string.Join("\n", results[name])}");

    [Test]
    public void Every_CoversEveryLabelPredicateAndDeletion() =>
        Assert.That(StatementNames().Count(), Is.EqualTo(LoadStatements.Schema().Count + GraphVocabulary.EntityTypeLabels.Count + 5
            + GraphVocabulary.ClaimPredicates.Count + LoadStatements.Deletions.Count));

    [TestCase("Country")]
    [TestCase("Organisation")]
    public void Entities_KnownLabel_SplicesLabelOnly(string label)
    {
        string text = LoadStatements.Entities(label);
        Assert.That(text, Does.Contain($"SET e:{label},").And.Not.Contain("TYPE_LABEL"));
    }

    [TestCase("country")]
    [TestCase("Country:Admin")]
    [TestCase("Country {x: 1}) DETACH DELETE e //")]
    [TestCase("")]
    public void Entities_LabelNotWhitelisted_Throws(string label) =>
        Assert.That(() => LoadStatements.Entities(label), Throws.InstanceOf<KgException>().With.Property("Code").EqualTo(ErrorCodes.Neo4jCypher));

    [TestCase("HOSTS")]
    [TestCase("COOPERATES_WITH")]
    public void ClaimEdges_KnownPredicate_SplicesTypeOnly(string predicate) =>
        Assert.That(LoadStatements.ClaimEdges(predicate), Does.Contain($"[r:{predicate} {{claim_id: row.id}}]").And.Not.Contain("PREDICATE_TYPE"));

    [TestCase("hosts")]
    [TestCase("LIKES")]
    [TestCase("MENTIONED_IN")]
    [TestCase("HOSTS]->() DETACH DELETE s //")]
    public void ClaimEdges_PredicateNotWhitelisted_Throws(string predicate) =>
        Assert.That(() => LoadStatements.ClaimEdges(predicate), Throws.InstanceOf<KgException>());
}
