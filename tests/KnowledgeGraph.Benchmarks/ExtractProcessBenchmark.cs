using System.Diagnostics;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `extract-process [--copies 40] [--kg PATH]`: the whole `kg extract --jsonl --threads 1` process, start to exit, over
/// a generated corpus of distinct articles as large as <c>copies</c> times the seeds (<see cref="CorpusGenerator"/>:
/// the seeds' sentences recombined, so no article or paragraph repeats and nothing is skipped). Prints words per
/// second of wall time and of CPU time, and the process's peak memory. The kg binary defaults to the Release build
/// of src/KnowledgeGraph.Cli (build it first).
/// </summary>
internal static class ExtractProcessBenchmark
{
    public static int Run(string[] args)
    {
        int copies = 40;
        string root = RepoPaths.Root();
        string kg = Path.Combine(root, "src", "KnowledgeGraph.Cli", "bin", "Release", "net10.0", OperatingSystem.IsWindows() ? "kg.exe" : "kg");
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--copies")
            {
                copies = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--kg")
            {
                kg = args[i + 1];
            }
        }

        string seeds = Path.Combine(root, "seeds");
        long seedBytes = Directory.GetFiles(seeds).Sum(f => new FileInfo(f).Length);
        string corpus = Path.Combine(Path.GetTempPath(), "kg-extract-process-" + Guid.NewGuid().ToString("N"));
        try
        {
            int articles = CorpusGenerator.Generate(seeds, corpus, seedBytes * copies);
            long words = Words(corpus);
            Console.WriteLine($"corpus: {articles:N0} distinct articles, {words:N0} words ({copies}× the seeds' bytes)");
            Measure(kg, root, corpus, words);
            Measure(kg, root, corpus, words);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }

        return 0;
    }

    private static void Measure(string kg, string root, string corpus, long words)
    {
        var start = new ProcessStartInfo(kg, ["extract", "--jsonl", "--threads", "1", corpus])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        long lines = 0;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is not null)
        {
            lines++;
        }

        process.WaitForExit();
        clock.Stop();
        double cpu = process.TotalProcessorTime.TotalSeconds;
        Console.WriteLine($"kg extract --jsonl --threads 1: {clock.Elapsed.TotalSeconds:0.00} s wall, {cpu:0.00} s CPU, {words / clock.Elapsed.TotalSeconds:N0} words/s ({words / cpu:N0} per CPU-s), {lines:N0} sentences, peak {process.PeakWorkingSet64 / 1048576} MiB, exit {process.ExitCode}");
    }

    private static long Words(string corpus)
    {
        long words = 0;
        foreach (Document doc in new CorpusReader().Read([corpus], new DiagnosticBag()))
        {
            words += doc.Paragraphs.Sum(p => (long)SeedCorpus.CountWords(p.Text));
        }

        return words;
    }
}
