using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Build;
using KnowledgeGraph.Configuration;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Store;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg build [paths] [--store PATH] [--prune] [--rebuild] [--gazetteers DIR] [--batch-size N]`: ingest → extract → store.
/// Reloads are incremental: files whose bytes are unchanged are not parsed (<see cref="InputPlanner"/>), unchanged
/// articles are not extracted (<see cref="GraphBuilder"/>). Holds the store's lock for the whole run (KG6001 for a
/// second build). A bad input file is reported on one line and skipped. Test hook: with KG_TEST_ABORT_BEFORE_COMMIT=N
/// the process dies (Environment.FailFast) when batch N is written but not committed.
/// </summary>
internal sealed class BuildCommand : ICliCommand
{
    /// <summary>The environment variable of the crash-test hook.</summary>
    public const string AbortVariable = "KG_TEST_ABORT_BEFORE_COMMIT";

    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders to read (default: seeds/)." };
        var store = new Option<string?>("--store") { Description = "SQLite store to build (default: kg.yaml's store, else graph/kg.db)." };
        var prune = new Option<bool>("--prune") { Description = "Remove articles whose files are gone, with everything they contributed." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Re-extract every article, even unchanged ones." };
        var gazetteers = new Option<string?>("--gazetteers") { Description = "Gazetteer folder (default: kg.yaml's gazetteers, else gazetteers/)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 256 };
        var neo4j = new Option<bool>("--neo4j") { Description = "Then load what changed into Neo4j (as `kg load`, connection from NEO4J_*); the build stands even if Neo4j is down." };
        var command = new Command("build", "Read articles, extract entities, co-mentions and claims, and store them (incrementally).");
        command.Arguments.Add(paths);
        foreach (Option option in (Option[])[store, prune, rebuild, gazetteers, batchSize, neo4j])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            string? storePath = parse.GetValue(store);
            int exit = Run(
                parse.GetValue(paths) is { Length: > 0 } given ? given : ["seeds"], ref storePath, parse.GetValue(gazetteers),
                new BuildOptions { Prune = parse.GetValue(prune), Rebuild = parse.GetValue(rebuild), BatchSize = parse.GetValue(batchSize) });
            return exit == 0 && parse.GetValue(neo4j) ? LoadAfterBuild(storePath!) : exit;
        });
        return command;
    }

    /// <summary>
    /// `kg build --neo4j`: the store is the system of record, so a failed load leaves the build standing (exit 0)
    /// and the watermark where it was: the next `kg load` sends everything still missing.
    /// </summary>
    private static int LoadAfterBuild(string storePath)
    {
        int exit = new LoadCommand().Build().Parse(["--store", storePath]).Invoke();
        if (exit != 0)
        {
            Console.Error.WriteLine("warning: the graph is built and stored, but not loaded into Neo4j; `kg load` will catch up.");
        }

        return 0;
    }

    private static int Run(string[] paths, ref string? storePath, string? gazetteerDirectory, BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        bool live = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        if (!live)
        {
            diagnostics.Reported += d => Console.Error.WriteLine(d);
        }

        try
        {
            KgConfig config = KgConfig.Load();
            storePath ??= config.Store;
            options.Validate();
            ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteerDirectory ?? config.Gazetteers }, diagnostics);
            options.BeforeCommit = AbortHook();
            using StoreLock writer = StoreLock.Acquire(storePath);
            using GraphStore store = GraphStore.Open(storePath, StoreMode.Write);
            bool readAll = options.Rebuild || InputPlanner.HasStaleArticles(store, pipeline.Fingerprint);
            InputPlan plan = InputPlanner.Plan(paths, store, readAll, diagnostics);
            IEnumerable<Document> docs = new CorpusReader(IngestOptions.FromGazetteerDirectory(gazetteerDirectory ?? config.Gazetteers)).Read(plan.ToRead, diagnostics);
            BuildSummary summary = live ? WithProgress(store, pipeline, options, docs, plan) : new GraphBuilder(store, pipeline, options).Build(docs, plan);
            if (live)
            {
                foreach (Diagnostic diagnostic in diagnostics.Items)
                {
                    Console.Error.WriteLine(diagnostic);
                }
            }

            BuildReport.Print(Console.Out, storePath, summary, diagnostics, clock.Elapsed);
            return 0;
        }
        catch (KgException e)
        {
            Console.Error.WriteLine(e.ToLine());
            return 1;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (GraphStore.IsCorruption(e))
        {
            Console.Error.WriteLine(new KgException(ErrorCodes.StoreCorrupt, $"the store is damaged ({e.Message}); move it aside and run `kg build` again", storePath).ToLine());
            return 1;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.Error.WriteLine($"error {ErrorCodes.OptionInvalid}: {e.Message}");
            return 1;
        }
    }

    private static BuildSummary WithProgress(GraphStore store, ExtractionPipeline pipeline, BuildOptions options, IEnumerable<Document> docs, InputPlan plan) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("reading articles");
                task.IsIndeterminate = true;
                options.Progress = new Progress<BuildProgress>(p =>
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Read} articles read, {p.Written} extracted, {p.Batches} batches committed"));
                BuildSummary summary = new GraphBuilder(store, pipeline, options).Build(docs, plan);
                task.StopTask();
                return summary;
            });

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
