using System.Collections.Concurrent;

namespace KnowledgeGraph.Diagnostics;

/// <summary>Thread-safe collector of diagnostics. The library reports here; the CLI decides what to print.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    /// <summary>Raised for every report, on the reporting thread (the CLI uses it to print warnings as they come).</summary>
    public event Action<Diagnostic>? Reported;

    public IReadOnlyCollection<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public void Report(Diagnostic diagnostic)
    {
        items.Enqueue(diagnostic);
        Reported?.Invoke(diagnostic);
    }

    public void Warn(string code, string message, string? file = null, int line = 0, int column = 0) =>
        Report(new Diagnostic(Severity.Warning, code, message, file, line, column));

    public void Error(string code, string message, string? file = null, int line = 0, int column = 0) =>
        Report(new Diagnostic(Severity.Error, code, message, file, line, column));
}
