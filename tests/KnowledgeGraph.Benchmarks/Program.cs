using KnowledgeGraph.Benchmarks;

// Throughput benchmarks print figures; they are not tests. Run in Release:
//   dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- <verb> [options]
var verbs = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["build"] = BuildBenchmark.Run,
    ["corpus"] = CorpusCommand.Run,
    ["read"] = ReadBenchmark.Run,
    ["extract"] = ExtractBenchmark.Run,
    ["extract-process"] = ExtractProcessBenchmark.Run,
    ["stages"] = StageBenchmark.Run,
    ["claims-rules"] = ClaimRulesBenchmark.Run,
    ["tagger"] = SyntaxBenchmark.Tagger,
    ["parser"] = SyntaxBenchmark.Parser,
    ["neo4j-load"] = Neo4jLoadBenchmark.Run,
    ["graph"] = GraphBenchmark.Run,
    ["text"] = _ =>
    {
        KnowledgeGraph.Benchmarks.Text.TextThroughput.Run(Path.Combine(RepoPaths.Root, "seeds"), Console.Out);
        return 0;
    },
    ["bdn"] = rest =>
    {
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(RepoPaths).Assembly).Run(rest);
        return 0;
    },
};

if (args.Length == 0 || !verbs.TryGetValue(args[0], out Func<string[], int>? run))
{
    Console.Error.WriteLine($"usage: <verb> [options]; verbs: {string.Join(", ", verbs.Keys)}");
    return 2;
}

return run(args[1..]);
