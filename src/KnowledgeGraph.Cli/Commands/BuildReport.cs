using System.Globalization;
using KnowledgeGraph.Build;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The closing summary of `kg build`: what changed, what the store holds, what was skipped and why, and the time.</summary>
internal static class BuildReport
{
    public static void Print(TextWriter output, string storePath, BuildSummary summary, DiagnosticBag diagnostics, TimeSpan elapsed)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"kg build: {summary.Read} articles read ({summary.Repeats} repeats, {summary.UnchangedFiles} unchanged files skipped) in {elapsed.TotalSeconds:0.00} s"));
        output.WriteLine(string.Create(c, $"  articles: {summary.New} new, {summary.Changed} changed, {summary.Unchanged} unchanged, {summary.Removed} removed"));
        if (summary.Reresolved > 0)
        {
            output.WriteLine(string.Create(c, $"  re-resolved: {summary.Reresolved} articles, {summary.ReresolvedChanged} with new results"));
        }

        string types = summary.EntitiesByType.Count == 0 ? "none" : string.Join(", ", summary.EntitiesByType.Select(t => string.Create(c, $"{t.Key} {t.Value}")));
        output.WriteLine(string.Create(c, $"  store {storePath} at revision {summary.Revision}: {summary.Sentences} sentences, {summary.EntitiesByType.Values.Sum()} entities ({types})"));
        output.WriteLine(string.Create(c, $"  {summary.Edges} co-mention edges ({summary.DemonymOnlyEdges} demonym-only), {summary.Claims} claims; {summary.RowsWritten} rows written in {summary.Batches} batches"));
        var skipped = diagnostics.Items.Where(d => d.Code.StartsWith("KG1", StringComparison.Ordinal) && d.File is not null).ToList();
        if (skipped.Count > 0)
        {
            output.WriteLine(string.Create(c, $"  skipped: {skipped.Select(d => d.File).Distinct().Count()} file(s)"));
            foreach (Diagnostic diagnostic in skipped)
            {
                output.WriteLine("    " + diagnostic);
            }
        }
    }
}
