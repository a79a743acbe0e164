using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Build;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Store;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg build [paths] [--store PATH] [--prune] [--rebuild] [--gazetteers DIR] [--batch-size N] [--neo4j]`: ingest →
/// extract → store. Reloads are incremental: files whose bytes are unchanged are not parsed (<see cref="InputPlanner"/>),
/// unchanged articles are not extracted (<see cref="GraphBuilder"/>). Holds the store's lock for the whole run (KG6001
/// for a second build). A bad input file is reported on one line and skipped; when no input path exists at all the
/// build stops (KG1012, exit 2) before the store is created. Test hook: with KG_TEST_ABORT_BEFORE_COMMIT=N the process
/// dies (Environment.FailFast) when batch N is written but not committed.
/// </summary>
internal sealed class BuildCommand(CliContext context) : ICliCommand
{
    /// <summary>The environment variable of the crash-test hook.</summary>
    public const string AbortVariable = "KG_TEST_ABORT_BEFORE_COMMIT";

    /// <inheritdoc/>
    public Command Build()
    {
        Argument<string[]> paths = SharedOptions.Paths();
        Option<string?> store = SharedOptions.Store();
        var prune = new Option<bool>("--prune") { Description = "Remove articles whose files are gone, with everything they contributed." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Re-extract every article, even unchanged ones." };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 256, Validators = { SharedOptions.AtLeastOne } };
        var neo4j = new Option<bool>("--neo4j") { Description = "Then load what changed into Neo4j (as `kg load`, connection from NEO4J_*); the build stands even if Neo4j is down." };
        var command = new Command("build", "Read articles, extract entities, co-mentions and claims, and store them (incrementally).")
        {
            paths, store, prune, rebuild, gazetteers, batchSize, neo4j,
        };
        command.SetAction(async (parse, cancel) =>
        {
            string storePath = context.Settings.Store(parse.GetValue(store));
            BuildSummary summary = Run(
                SharedOptions.PathsOrSeeds(parse.GetValue(paths)), storePath, context.Settings.Gazetteers(parse.GetValue(gazetteers)),
                new BuildOptions { Prune = parse.GetValue(prune), Rebuild = parse.GetValue(rebuild), BatchSize = parse.GetValue(batchSize) });
            if (parse.GetValue(neo4j))
            {
                await LoadAfterBuildAsync(storePath, cancel).ConfigureAwait(false);
            }

            // Articles left out after an internal error (KG9998, each named above): the rest is built, the run failed in part.
            return summary.Failed > 0 ? ExitCodes.RuntimeError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// `kg build --neo4j`: the store is the system of record, so a failed load leaves the build standing (exit 0)
    /// and the watermark where it was: the next `kg load` sends everything still missing.
    /// </summary>
    private async Task LoadAfterBuildAsync(string storePath, CancellationToken cancel)
    {
        try
        {
            var options = new Neo4jConnection().Resolve(context.Console.Input);
            using GraphStore store = GraphStore.Open(storePath, StoreMode.Update);
            await LoadRunner.LoadAsync(context.Console, store.Reader, options, full: false, cancel).ConfigureAwait(false);
        }
        catch (KgException e)
        {
            context.Console.Report(e);
            context.Console.Note("warning: the graph is built and stored, but not loaded into Neo4j; `kg load` will catch up.");
        }
    }

    private BuildSummary Run(IReadOnlyList<string> paths, string storePath, string gazetteerDirectory, BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        KgConsole console = context.Console;
        var diagnostics = new DiagnosticBag();
        bool live = console.IsTerminal;
        if (!live)
        {
            console.Attach(diagnostics);
        }

        InputLister.RequireSome(paths);
        options.Validate();
        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteerDirectory }, diagnostics);
        options.BeforeCommit = AbortHook();
        options.Diagnostics = diagnostics;
        try
        {
            using StoreLock writer = StoreLock.Acquire(storePath);
            using GraphStore store = GraphStore.Open(storePath, StoreMode.Write);
            bool readAll = options.Rebuild || InputPlanner.HasStaleArticles(store, pipeline.Fingerprint);
            InputPlan plan = InputPlanner.Plan(paths, store, readAll, diagnostics);
            // The build recognises repeats itself (the store's run ledger): Ingest keeps no set of ids for them.
            IngestOptions ingest = IngestOptions.FromGazetteerDirectory(gazetteerDirectory);
            IEnumerable<Document> docs = new CorpusReader(new IngestOptions { Cues = ingest.Cues, MarkRepeats = false }).Read(plan.ToRead, diagnostics);
            BuildSummary summary = live
                ? BuildProgressView.Run(console.Rich, progress =>
                {
                    options.Progress = progress;
                    return new GraphBuilder(store, pipeline, options).Build(docs, plan);
                })
                : new GraphBuilder(store, pipeline, options).Build(docs, plan);
            if (live)
            {
                foreach (Diagnostic diagnostic in diagnostics.Items)
                {
                    console.Report(diagnostic);
                }
            }

            BuildReport.Print(console, storePath, summary, diagnostics, clock.Elapsed);
            return summary;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (GraphStore.IsCorruption(e))
        {
            throw new KgException(ErrorCodes.StoreCorrupt, $"the store is damaged ({e.Message}); move it aside and run `kg build` again", storePath);
        }
    }

    private static Action<int>? AbortHook()
    {
        string? value = Environment.GetEnvironmentVariable(AbortVariable);
        if (!int.TryParse(value, CultureInfo.InvariantCulture, out int batch))
        {
            return null;
        }

        return n =>
        {
            if (n == batch)
            {
                Environment.FailFast($"{AbortVariable}={batch}: aborting before batch {batch} commits");
            }
        };
    }
}
