namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `corpus --out DIR (--copies N | --scale N)`: writes a benchmark corpus for whole-process runs of `kg`:
/// N distinct copies of the seed files (<see cref="SeedCopies"/>), or generated distinct articles of N × the seeds'
/// size (<see cref="CorpusGenerator"/>, as the build benchmark uses).
/// </summary>
internal static class CorpusCommand
{
    public static int Run(string[] args)
    {
        string? folder = Option(args, "--out");
        string? copies = Option(args, "--copies");
        string? scale = Option(args, "--scale");
        if (folder is null || (copies is null) == (scale is null))
        {
            Console.Error.WriteLine("usage: corpus --out DIR (--copies N | --scale N)");
            return 2;
        }

        string seeds = Path.Combine(RepoPaths.Root, "seeds");
        if (copies is not null)
        {
            long bytes = SeedCopies.Write(seeds, folder, int.Parse(copies, System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine($"{copies} distinct copies of the seeds: {bytes / 1e6:0.0} MB in {folder}");
            return 0;
        }

        long seedBytes = Directory.GetFiles(seeds, "*.txt").Sum(f => new FileInfo(f).Length);
        int articles = CorpusGenerator.Generate(seeds, folder, seedBytes * long.Parse(scale!, System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"{articles} generated articles ({scale}× the seeds' size) in {folder}");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
