using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Load;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `neo4j-load` verb: how fast load batches are built and serialised to Query API request bodies (rows/s), and how
/// many request bytes each row costs, over a store made from every sentence of seeds/*.txt (real text), with
/// entities, mention counts, co-mentions and claims derived from it. No server is involved.
/// Usage: dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- neo4j-load [copies] [batch-size]
/// </summary>
internal static partial class Neo4jLoadBenchmark
{
    public static int Run(string[] args)
    {
        int copies = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        int batchSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        InMemoryGraphReader reader = Build(FindSeeds(), copies);
        Console.WriteLine($"neo4j-load: {reader.SentenceRows.Count} sentences, {reader.EntityRows.Count} entities, {reader.MentionCountRows.Count} mentions, " +
            $"{reader.CoMentionRows.Count} co-mentions, {reader.ClaimRows.Count} claims; batch size {batchSize}");

        Measure(reader, batchSize); // warm-up
        var best = new Dictionary<string, (long Rows, long Bytes, double Seconds)>();
        for (int round = 0; round < 5; round++)
        {
            foreach ((string step, (long rows, long bytes, double seconds)) in Measure(reader, batchSize))
            {
                if (!best.TryGetValue(step, out var b) || seconds < b.Seconds)
                {
                    best[step] = (rows, bytes, seconds);
                }
            }
        }

        Console.WriteLine($"{"step",-14} {"rows",9} {"rows/s",12} {"bytes/row",10} {"MiB",8}");
        foreach ((string step, (long rows, long bytes, double seconds)) in best.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{step,-14} {rows,9} {rows / seconds,12:N0} {(double)bytes / rows,10:0.0} {bytes / 1048576.0,8:0.00}");
        }

        long allRows = best.Values.Sum(v => v.Rows);
        Console.WriteLine($"{"total",-14} {allRows,9} {allRows / best.Values.Sum(v => v.Seconds),12:N0} {(double)best.Values.Sum(v => v.Bytes) / allRows,10:0.0} {best.Values.Sum(v => v.Bytes) / 1048576.0,8:0.00}");
        return 0;
    }

    private static Dictionary<string, (long Rows, long Bytes, double Seconds)> Measure(IGraphReader reader, int batchSize)
    {
        var result = new Dictionary<string, (long Rows, long Bytes, double Seconds)>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (LoadBatch batch in new LoadPlan(reader, 0, batchSize).Batches())
        {
            byte[] body = RequestBodyWriter.QueryApi(batch.Statement);
            string step = batch.Step.Split(':')[0];
            double elapsed = clock.Elapsed.TotalSeconds;
            clock.Restart();
            (long rows, long bytes, double seconds) = result.GetValueOrDefault(step);
            result[step] = (rows + batch.Rows, bytes + body.Length, seconds + elapsed);
        }

        return result;
    }

    private static string FindSeeds()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "seeds")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return Path.Combine(dir ?? throw new DirectoryNotFoundException("seeds/ not found above the benchmark"), "seeds");
    }

    /// <summary>Sentences of every seed paragraph (split at ". "), copied <paramref name="copies"/> times under new ids.</summary>
    private static InMemoryGraphReader Build(string seeds, int copies)
    {
        var reader = new InMemoryGraphReader { Revision = 1 };
        string[] names = ["China", "Taliban", "Pakistan", "Afghanistan", "Beijing", "Kabul", "Xinjiang", "Russia", "Uzbekistan", "Kazakhstan", "CPEC", "ETIM", "Xi Jinping", "Islamabad", "United States"];
        foreach (string name in names)
        {
            reader.EntityRows.Add(new EntityRecord(Slug(name), name, name is "CPEC" ? "Project" : name is "ETIM" or "Taliban" ? "Organisation" : "Country",
                null, [name.ToUpperInvariant(), name + "’s"], false, 1, 0, 1));
        }

        foreach (string file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            string[] lines = File.ReadAllLines(file);
            for (int copy = 0; copy < copies; copy++)
            {
                string article = $"{Path.GetFileNameWithoutExtension(file)}#{copy}";
                reader.ArticleRows.Add(new ArticleRecord(article, "Title " + article, "2023-01-01", "Blog", null, null, [file], "h", 1));
                for (int line = 0; line < lines.Length; line++)
                {
                    int start = 0;
                    foreach (Match m in SentenceEnd().Matches(lines[line] + " "))
                    {
                        string text = lines[line][start..Math.Min(m.Index + 1, lines[line].Length)];
                        string id = $"{article}:{line}:{start}";
                        reader.SentenceRows.Add(new SentenceRecord(id, article, $"{article}:{line}", "body", file, line + 1, start, start + text.Length, text, 1));
                        var found = names.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(Slug).ToList();
                        for (int i = 0; i < found.Count; i++)
                        {
                            reader.MentionCountRows.Add(new MentionCountRecord(found[i], article, 1, 1));
                            for (int j = i + 1; j < found.Count; j++)
                            {
                                reader.CoMentionRows.Add(new CoMentionRecord(found[i], found[j], 1, 1, 1, "2023", "2023", 0.5, [id], 1));
                                reader.ClaimRows.Add(new ClaimRecord($"{id}:{i}:{j}", found[i], "SUPPORTS", "verbal_cooperation", found[j], false, false, null, "2023",
                                    null, 0.8, [new ClaimEvidenceRecord(id, article, file, line + 1, start, start + 5, "backs", 0.8)], 1));
                            }
                        }

                        start = m.Index + m.Length;
                        if (start >= lines[line].Length)
                        {
                            break;
                        }
                    }
                }
            }
        }

        return reader;
    }

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    [GeneratedRegex(@"[.!?] ", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
