namespace KnowledgeGraph.Diagnostics;

internal enum Severity
{
    Info,
    Warning,
    Error,
}
