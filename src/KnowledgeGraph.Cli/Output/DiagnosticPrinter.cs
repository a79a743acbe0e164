using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Prints library diagnostics to standard error, one line each, as they are reported.</summary>
internal static class DiagnosticPrinter
{
    private static readonly Lock Gate = new();

    public static DiagnosticBag Attach(DiagnosticBag diagnostics)
    {
        diagnostics.Reported += d =>
        {
            lock (Gate)
            {
                Console.Error.WriteLine(d);
            }
        };
        return diagnostics;
    }

    /// <summary>The closing line about skipped inputs, or null when nothing was skipped.</summary>
    public static string? SkippedSummary(DiagnosticBag diagnostics)
    {
        var skipped = diagnostics.Items.Where(d => d.Severity >= Severity.Warning && d.Code.StartsWith("KG1", StringComparison.Ordinal)).ToList();
        return skipped.Count == 0 ? null : $"{skipped.Count} input problem(s) reported and skipped: {string.Join("; ", skipped.Select(d => d.File is null ? d.Code : $"{d.File} ({d.Code})").Distinct().Take(10))}";
    }
}
