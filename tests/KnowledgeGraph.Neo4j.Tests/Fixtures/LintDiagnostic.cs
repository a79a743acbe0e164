namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>One finding of Neo4j's Cypher checker: severity "error" or "warning", message, 1-based line and column.</summary>
internal sealed record LintDiagnostic(string Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}: {Severity}: {Message}";
}
