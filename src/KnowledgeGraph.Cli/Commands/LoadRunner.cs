using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The work of `kg load` as a library call, shared by `kg load` and `kg build --neo4j`: sends what changed in the store
/// since the last load to Neo4j and prints the report. The connection comes from <see cref="Neo4jConnection"/>; the
/// password is never printed.
/// </summary>
internal static class LoadRunner
{
    /// <summary>Loads the store read by <paramref name="reader"/> into the server of <paramref name="options"/>.</summary>
    /// <exception cref="KgException">KG7001–KG7005 when Neo4j is unreachable or refuses; nothing is then marked as loaded.</exception>
    public static async Task LoadAsync(KgConsole console, IGraphReader reader, Neo4jOptions options, bool full, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var client = new Neo4jHttpClient(options);
        var loader = new Neo4jLoader(options, client);
        loader.Retrying += (ex, attempt, wait) =>
            console.Note($"warning {ex.Code}: {ex.Message}; retry {attempt} in {wait.TotalSeconds:0.0} s");
        console.Line($"Loading into {options}");
        try
        {
            LoadReport report = await loader.LoadAsync(reader, full, cancel).ConfigureAwait(false);
            Print(console, report);
        }
        catch (KgException ex) when (ex.Code == ErrorCodes.Neo4jUnreachable || ex.IsTransient)
        {
            console.Report(ex);
            console.Note("Nothing was marked as loaded; run `kg load` again once Neo4j answers (docker compose up -d).");
            throw;
        }
    }

    private static void Print(KgConsole console, LoadReport report)
    {
        console.Line($"Neo4j {report.ServerVersion ?? "?"} via {report.Protocol}: revision {report.FromRevision} → {report.ToRevision}");
        foreach ((string step, int rows) in report.RowsByStep)
        {
            console.Line($"  {step,-32} {rows,8} rows");
        }

        foreach ((string reason, int rows) in report.Skipped)
        {
            console.Line($"  skipped {reason}: {rows} rows (not in the label/predicate whitelist)");
        }

        string upToDate = report.Batches == 0 ? " (already up to date)" : "";
        console.Line($"{report.Rows} rows in {report.Batches} batches, {report.BytesSent / 1024.0:0.#} KiB sent, {report.Retries} retries, {report.Elapsed.TotalSeconds:0.00} s{upToDate}");
    }
}
