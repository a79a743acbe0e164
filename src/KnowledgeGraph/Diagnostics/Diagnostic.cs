namespace KnowledgeGraph.Diagnostics;

/// <summary>A report from the library for the CLI to print: one line, naming the file (and line, column) it concerns.</summary>
internal sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int Line = 0, int Column = 0)
{
    /// <summary>"file:line:column: warning KG1101: message" with the parts that are known.</summary>
    public override string ToString()
    {
        string where = File is null ? "" : Line > 0 ? Column > 0 ? $"{File}:{Line}:{Column}: " : $"{File}:{Line}: " : $"{File}: ";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
