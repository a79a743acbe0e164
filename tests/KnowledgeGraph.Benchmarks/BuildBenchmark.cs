using System.Diagnostics;
using KnowledgeGraph.Build;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Store;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `build [--scale N] [--stages factory|text] [--keep]`: generates a corpus of at least N × the seeds' size (default 100)
/// of distinct articles, runs a full build into a temp store and prints articles/s, words/s, store rows/s, the time
/// by phase, peak memory and store bytes per input byte, then a reload adding one article and a no-change reload,
/// each as a share of the full build. Run it at 20, 100 and 1,000 to see memory stay flat as the corpus grows.
/// --stages text runs the Text stages (normalise, tokenise, split) in place of the product's pipeline.
/// </summary>
internal static class BuildBenchmark
{
    public static int Run(string[] args)
    {
        int scale = Option(args, "--scale") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 100;
        string stages = Option(args, "--stages") ?? "factory";
        string seeds = SeedsFolder();
        string root = Path.Combine(Path.GetTempPath(), "kg-bench-" + Guid.NewGuid().ToString("N"));
        string corpus = Path.Combine(root, "corpus");
        long seedBytes = Directory.GetFiles(seeds, "*.txt").Sum(f => new FileInfo(f).Length);
        int generated = CorpusGenerator.Generate(seeds, corpus, seedBytes * scale);
        long corpusBytes = Directory.GetFiles(corpus).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"corpus: {generated} articles, {corpusBytes / 1e6:0.0} MB ({scale}× the seeds' {seedBytes / 1e3:0} kB), stages: {stages}");
        string store = Path.Combine(root, "kg.db");
        try
        {
            ExtractionPipeline pipeline = Pipeline(stages);
            Console.WriteLine($"pipeline: {(pipeline.Stages.Count == 0 ? "empty (no stages yet)" : string.Join(" → ", pipeline.Stages.Select(x => x.Name)))}");
            (BuildSummary full, TimeSpan fullTime) = Build(store, corpus, pipeline);
            Console.WriteLine($"full build:  {fullTime.TotalSeconds,7:0.000} s  {full.Read / fullTime.TotalSeconds,9:0} articles/s  {full.Words / fullTime.TotalSeconds,11:0} words/s  {full.RowsWritten / fullTime.TotalSeconds,10:0} rows/s  ({full.RowsWritten} rows, {full.Store.Sentences} sentences, {full.Store.Edges} edges)");
            Console.WriteLine($"  phases:    read {full.ReadTime.TotalSeconds:0.00} s, extract {full.ExtractTime.TotalSeconds:0.00} s, write {full.WriteTime.TotalSeconds:0.00} s, settle {full.SettleTime.TotalSeconds:0.00} s; {full.Words:N0} words, {full.New:N0} articles");
            Process.GetCurrentProcess().Refresh();
            Console.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB (working set); of it SQLite at most {SQLitePCL.raw.sqlite3_memory_highwater(0) / 1e6:0} MB (page caches and sorts), managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:0} MB after the build");
            Console.WriteLine($"store size:  {new FileInfo(store).Length / 1e6:0.0} MB after the full build = {new FileInfo(store).Length / (double)corpusBytes:0.00} bytes per input byte");
            CorpusGenerator.WriteExtra(seeds, Path.Combine(corpus, "zz_extra.jsonl"), generated + 1);
            (BuildSummary added, TimeSpan addTime) = Build(store, corpus, pipeline);
            Console.WriteLine($"add one:     {addTime.TotalSeconds,7:0.000} s  = {100 * addTime / fullTime,5:0.00}% of the full build (target < 2%)   {added.New} new, {added.Unchanged} unchanged");
            (BuildSummary same, TimeSpan sameTime) = Build(store, corpus, pipeline);
            Console.WriteLine($"no change:   {sameTime.TotalSeconds,7:0.000} s  = {100 * sameTime / fullTime,5:0.00}% of the full build (target < 5%)   {same.Unchanged} unchanged, {same.RowsWritten} rows written");
        }
        finally
        {
            if (!args.Contains("--keep"))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(root, recursive: true);
            }
        }

        return 0;
    }

    private static (BuildSummary Summary, TimeSpan Time) Build(string storePath, string corpus, ExtractionPipeline pipeline)
    {
        var clock = Stopwatch.StartNew();
        using StoreLock writer = StoreLock.Acquire(storePath);
        using GraphStore store = GraphStore.Open(storePath, StoreMode.Write);
        var diagnostics = new DiagnosticBag();
        InputPlan plan = InputPlanner.Plan([corpus], store, InputPlanner.HasStaleArticles(store, pipeline.Fingerprint), diagnostics);
        IEnumerable<Document> docs = new CorpusReader(new IngestOptions { MarkRepeats = false }).Read(plan.ToRead, diagnostics);
        BuildSummary summary = new GraphBuilder(store, pipeline, new BuildOptions()).Build(docs, plan);
        return (summary, clock.Elapsed);
    }

    private static ExtractionPipeline Pipeline(string stages) => stages switch
    {
        "text" => new ExtractionPipeline([new Normaliser(), new Tokeniser(), new SentenceSplitter()], "text"),
        _ => PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = Path.Combine(Path.GetDirectoryName(SeedsFolder())!, "gazetteers") }, new DiagnosticBag()),
    };

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string SeedsFolder() => Path.Combine(RepoPaths.Root, "seeds");
}
