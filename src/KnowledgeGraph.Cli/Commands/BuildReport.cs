using System.Globalization;
using KnowledgeGraph.Build;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The closing summary of `kg build`: what changed (articles, entities, edges, claims added and removed), what the
/// store holds, files gone but kept because --prune was not given, how many files were skipped (the warnings
/// themselves are printed once, on standard error, as they come), and where the time went.
/// </summary>
internal static class BuildReport
{
    public static void Print(KgConsole console, string storePath, BuildSummary summary, DiagnosticBag diagnostics, TimeSpan elapsed)
    {
        var c = CultureInfo.InvariantCulture;
        StoreCounts store = summary.Store;
        AggregateChanges changed = summary.Aggregates;
        console.Line(string.Create(c, $"kg build: {summary.Read} articles read ({summary.Repeats} repeats, {summary.UnchangedFiles} unchanged files skipped) in {elapsed.TotalSeconds:0.00} s"));
        console.Line(string.Create(c, $"  articles: {summary.New} new, {summary.Changed} changed, {summary.Unchanged} unchanged, {summary.Removed} removed"));
        if (summary.Reresolved > 0)
        {
            console.Line(string.Create(c, $"  re-resolved: {summary.Reresolved} articles, {summary.ReresolvedChanged} with new results"));
        }

        if (summary.Interrupted is { } settled)
        {
            console.Line(string.Create(c, $"  first settled an interrupted build's articles: entities +{settled.EntitiesAdded} -{settled.EntitiesRemoved}, co-mention edges +{settled.EdgesAdded} -{settled.EdgesRemoved}, claims +{settled.ClaimsAdded} -{settled.ClaimsRemoved}"));
        }

        console.Line(string.Create(c, $"  entities +{changed.EntitiesAdded} -{changed.EntitiesRemoved}, co-mention edges +{changed.EdgesAdded} -{changed.EdgesRemoved}, claims +{changed.ClaimsAdded} -{changed.ClaimsRemoved}"));
        string types = store.EntitiesByType.Count == 0 ? "none" : string.Join(", ", store.EntitiesByType.Select(t => string.Create(c, $"{t.Key} {t.Value}")));
        console.Line(string.Create(c, $"  store {storePath} at revision {store.Revision}: {store.Articles} articles, {store.Sentences} sentences, {store.Entities} entities ({types})"));
        console.Line(string.Create(c, $"  {store.Edges} co-mention edges ({store.DemonymOnlyEdges} demonym-only), {store.Claims} claims; {summary.RowsWritten} rows written in {summary.Batches} batches"));
        if (summary.Words > 0)
        {
            console.Line(string.Create(c, $"  time: read {summary.ReadTime.TotalSeconds:0.00} s, extract {summary.ExtractTime.TotalSeconds:0.00} s, write {summary.WriteTime.TotalSeconds:0.00} s, settle {summary.SettleTime.TotalSeconds:0.00} s; {summary.Words / Math.Max(elapsed.TotalSeconds, 1e-3):0} words/s"));
        }

        if (summary.GoneButKept.Count > 0)
        {
            console.Line(string.Create(c, $"  kept: {summary.GoneButKept.Count} file(s) gone since an earlier build; their articles stay until `kg build --prune`"));
            foreach (string file in summary.GoneButKept.Take(10))
            {
                console.Line("    " + file);
            }
        }

        if (summary.Failed > 0)
        {
            console.Line(string.Create(c, $"  failed: {summary.Failed} article(s) left out after an internal error, each named once on standard error (KG9998); their files are read again by the next build"));
        }

        int skipped = diagnostics.Items.Where(d => d.Code.StartsWith("KG1", StringComparison.Ordinal) && d.File is not null).Select(d => d.File).Distinct().Count();
        if (skipped > 0)
        {
            console.Line(string.Create(c, $"  skipped: {skipped} file(s), each named once in the warnings on standard error"));
        }
    }
}
