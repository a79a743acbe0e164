using System.Globalization;
using KnowledgeGraph.Build;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The closing summary of `kg build`: what changed (articles, entities, edges, claims added and removed), what the
/// store holds, files gone but kept because --prune was not given, what was skipped and why, and where the time went.
/// </summary>
internal static class BuildReport
{
    public static void Print(TextWriter output, string storePath, BuildSummary summary, DiagnosticBag diagnostics, TimeSpan elapsed)
    {
        var c = CultureInfo.InvariantCulture;
        StoreCounts store = summary.Store;
        AggregateChanges changed = summary.Aggregates;
        output.WriteLine(string.Create(c, $"kg build: {summary.Read} articles read ({summary.Repeats} repeats, {summary.UnchangedFiles} unchanged files skipped) in {elapsed.TotalSeconds:0.00} s"));
        output.WriteLine(string.Create(c, $"  articles: {summary.New} new, {summary.Changed} changed, {summary.Unchanged} unchanged, {summary.Removed} removed"));
        if (summary.Reresolved > 0)
        {
            output.WriteLine(string.Create(c, $"  re-resolved: {summary.Reresolved} articles, {summary.ReresolvedChanged} with new results"));
        }

        output.WriteLine(string.Create(c, $"  entities +{changed.EntitiesAdded} -{changed.EntitiesRemoved}, co-mention edges +{changed.EdgesAdded} -{changed.EdgesRemoved}, claims +{changed.ClaimsAdded} -{changed.ClaimsRemoved}"));
        string types = store.EntitiesByType.Count == 0 ? "none" : string.Join(", ", store.EntitiesByType.Select(t => string.Create(c, $"{t.Key} {t.Value}")));
        output.WriteLine(string.Create(c, $"  store {storePath} at revision {store.Revision}: {store.Articles} articles, {store.Sentences} sentences, {store.Entities} entities ({types})"));
        output.WriteLine(string.Create(c, $"  {store.Edges} co-mention edges ({store.DemonymOnlyEdges} demonym-only), {store.Claims} claims; {summary.RowsWritten} rows written in {summary.Batches} batches"));
        if (summary.Words > 0)
        {
            output.WriteLine(string.Create(c, $"  time: read {summary.ReadTime.TotalSeconds:0.00} s, extract {summary.ExtractTime.TotalSeconds:0.00} s, write {summary.WriteTime.TotalSeconds:0.00} s, settle {summary.SettleTime.TotalSeconds:0.00} s; {summary.Words / Math.Max(elapsed.TotalSeconds, 1e-3):0} words/s"));
        }

        if (summary.GoneButKept.Count > 0)
        {
            output.WriteLine(string.Create(c, $"  kept: {summary.GoneButKept.Count} file(s) gone since an earlier build; their articles stay until `kg build --prune`"));
            foreach (string file in summary.GoneButKept.Take(10))
            {
                output.WriteLine("    " + file);
            }
        }

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
