using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `extract-process [--copies 40] [--kg PATH]`: the whole `kg extract --jsonl --threads 1` process, start to exit, over
/// N distinct copies of the seeds (<see cref="SeedCopies"/>: every copy's lines carry a marker word, so nothing repeats
/// across copies), run twice. Prints words per second (whitespace-separated words of the input files) of wall time and
/// of CPU time. The kg binary defaults to the Release build of src/KnowledgeGraph.Cli (build it first).
/// </summary>
internal static class ExtractProcessBenchmark
{
    public static int Run(string[] args)
    {
        int copies = 40;
        string root = RepoPaths.Root;
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
        string corpus = Path.Combine(Path.GetTempPath(), "kg-extract-process-" + Guid.NewGuid().ToString("N"));
        try
        {
            long bytes = SeedCopies.Write(seeds, corpus, copies);
            long words = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Sum(f => (long)SeedCorpus.CountWords(File.ReadAllText(f)));
            Console.WriteLine($"corpus: {copies} distinct copies of the seeds, {bytes / 1e6:0.0} MB, {words:N0} words");
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
        double cpuBefore = ChildrenCpuSeconds();
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
        double cpu = Math.Max(0.01, ChildrenCpuSeconds() - cpuBefore);
        Console.WriteLine($"kg extract --jsonl --threads 1: {clock.Elapsed.TotalSeconds:0.00} s wall, {cpu:0.00} s CPU, {words / clock.Elapsed.TotalSeconds:N0} words/s ({words / cpu:N0} per CPU-s), {lines:N0} sentences, exit {process.ExitCode}");
    }

    /// <summary>
    /// CPU seconds of this process's waited-for children so far (Linux: cutime + cstime of /proc/self/stat, in clock
    /// ticks of 1/100 s); 0 elsewhere.
    /// </summary>
    private static double ChildrenCpuSeconds()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        string text = File.ReadAllText(stat);
        string[] fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
    }
}
