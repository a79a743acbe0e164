using System.Diagnostics;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `extract [--words N]`: full extraction (normalise, tokenise, split, match, resolve, learn, discover, claims)
/// over at least N words (default 5,000,000) of seed text repeated, on one thread and on all cores; prints
/// words/s and peak memory, and the time without the claims stage. Memory is reported for half and full size
/// to show it stays flat (documents stream through, nothing is kept). Words per CPU-second are printed too: on a
/// shared machine they are the steadier figure. The Syntax stage is measured four ways: off, as shipped (a sentence
/// tagged or parsed only when a later stage asks), every sentence tagged up front, and every sentence naming two or
/// more entities parsed (what a claims stage reading the parse would ask for).
/// </summary>
internal static class ExtractBenchmark
{
    public static int Run(string[] args)
    {
        long target = args.Length >= 2 && args[0] == "--words" ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000_000;
        string root = RepoPaths.Root;
        var seeds = new SeedCorpus(root);
        int passes = (int)Math.Ceiling(target / (double)seeds.Words);
        var options = new PipelineOptions { GazetteerDirectory = Path.Combine(root, "gazetteers") };
        ExtractionPipeline pipeline = PipelineFactory.Create(options, new DiagnosticBag());
        ExtractionPipeline noClaims = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = options.GazetteerDirectory, Claims = false }, new DiagnosticBag());
        ExtractionPipeline noSyntax = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = options.GazetteerDirectory, Syntax = KnowledgeGraph.Syntax.SyntaxMode.Off }, new DiagnosticBag());
        ExtractionPipeline tagAll = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = options.GazetteerDirectory, Syntax = KnowledgeGraph.Syntax.SyntaxMode.Tag }, new DiagnosticBag());
        var parsing = new ExtractionPipeline([.. pipeline.Stages, new MentionSentenceParser()], pipeline.Fingerprint);
        Console.WriteLine($"seed corpus: {seeds.Words:N0} words in distinct articles; {passes} passes = {seeds.Words * passes:N0} words");
        Console.WriteLine($"stages: {string.Join(" → ", pipeline.Stages.Select(s => s.Name))}");

        Measure("warm-up (1 thread)", seeds, pipeline, Math.Max(1, passes / 4), 1);
        Measure("warm-up (no claims)", seeds, noClaims, Math.Max(1, passes / 4), 1);
        Measure("1 thread, half size", seeds, pipeline, passes / 2, 1);
        double single = Measure("1 thread", seeds, pipeline, passes, 1);
        double without = Measure("1 thread, no claims", seeds, noClaims, passes, 1);
        double plain = Measure("1 thread, no syntax", seeds, noSyntax, passes, 1);
        double tagged = Measure("1 thread, tag every sentence", seeds, tagAll, passes, 1);
        double parsed = Measure("1 thread, parse 2+ mentions", seeds, parsing, passes, 1);
        Measure($"{Environment.ProcessorCount} threads", seeds, pipeline, passes, Environment.ProcessorCount);
        Stages(seeds, pipeline, Math.Max(1, passes / 4));
        Console.WriteLine($"claims add {(single > 0 ? (without / single - 1) * 100 : 0):0.0}% to single-thread extraction time");
        Console.WriteLine($"syntax as shipped adds {(single > 0 ? (plain / single - 1) * 100 : 0):0.0}%, tagging every sentence {(tagged > 0 ? (plain / tagged - 1) * 100 : 0):0.0}%, parsing sentences with 2+ mentions too {(parsed > 0 ? (plain / parsed - 1) * 100 : 0):0.0}% to the time without syntax");
        return 0;
    }

    /// <summary>Prints the share of single-thread time each stage takes.</summary>
    private static void Stages(SeedCorpus seeds, ExtractionPipeline pipeline, int passes)
    {
        var ticks = new long[pipeline.Stages.Count];
        foreach (Document doc in seeds.Repeat(passes))
        {
            for (int i = 0; i < ticks.Length; i++)
            {
                long start = Stopwatch.GetTimestamp();
                pipeline.Stages[i].Process(doc);
                ticks[i] += Stopwatch.GetTimestamp() - start;
            }
        }

        double total = ticks.Sum();
        Console.WriteLine("time by stage: " + string.Join(", ", pipeline.Stages.Select((s, i) => $"{s.Name} {ticks[i] / total:P0}")));
    }

    /// <summary>Returns words per second.</summary>
    private static double Measure(string label, SeedCorpus seeds, ExtractionPipeline pipeline, int passes, int threads)
    {
        GC.Collect();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long mentions = 0;
        foreach (Document doc in PipelineRunner.Run(seeds.Repeat(passes), pipeline, threads, new KnowledgeGraph.Diagnostics.DiagnosticBag()))
        {
            foreach (Paragraph paragraph in doc.Paragraphs)
            {
                mentions += paragraph.Mentions.Count;
            }
        }

        clock.Stop();
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        long words = seeds.Words * passes;
        double rate = words / clock.Elapsed.TotalSeconds;
        long peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        Console.WriteLine($"{label,-28} {words,12:N0} words {clock.Elapsed.TotalSeconds,7:0.00} s {rate,12:N0} words/s ({words / cpu,12:N0} per CPU-s)  {mentions,10:N0} mentions  peak {peak} MiB  gc-heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB");
        return rate;
    }
}
