using KnowledgeGraph.Benchmarks;

// Console benchmarks of the product, one verb each: `dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- VERB [options]`.
var verbs = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["graph"] = GraphBenchmark.Run,
};

if (args.Length == 0 || !verbs.TryGetValue(args[0], out Func<string[], int>? verb))
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Benchmarks <verb> [options]; verbs: " + string.Join(", ", verbs.Keys));
    return 2;
}

return verb(args[1..]);
