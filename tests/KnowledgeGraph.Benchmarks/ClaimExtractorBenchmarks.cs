using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Cost of the claims stage over every seed paragraph, against the cost of building its input layers with the
/// evaluation stand-ins (the production Text stages, the surface mention placer over tests/eval/claims.yaml's entity table).
/// Run with `dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- bdn --filter *ClaimExtractor*`.
/// </summary>
[MemoryDiagnoser]
public class ClaimExtractorBenchmarks
{
    private readonly List<Document> docs = [];
    private readonly List<string> lines = [];
    private ClaimExtractor extractor = null!;
    private ClaimEvalSet set = null!;

    [GlobalSetup]
    public void Setup()
    {
        PredicateLexicon lexicon = PredicateLexiconLoader.Load(Path.Combine(RepoPaths.Root, "gazetteers", "predicates.yaml"), new DiagnosticBag());
        extractor = new ClaimExtractor(lexicon);
        set = ClaimEvalLoader.Load(Path.Combine(RepoPaths.Root, "tests", "eval", "claims.yaml"), lexicon);
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt"))
        {
            lines.AddRange(File.ReadLines(file).Where(l => l.Length > 0));
        }

        foreach (string line in lines)
        {
            docs.Add(Layers(line));
        }
    }

    /// <summary>Baseline: the input layers (tokens, sentences, mentions) for every seed line.</summary>
    [Benchmark(Baseline = true)]
    public int InputLayers()
    {
        int mentions = 0;
        foreach (string line in lines)
        {
            mentions += Layers(line).Paragraphs[0].Mentions.Count;
        }

        return mentions;
    }

    /// <summary>The claims stage alone over the prepared documents.</summary>
    [Benchmark]
    public int Claims()
    {
        int claims = 0;
        foreach (Document doc in docs)
        {
            doc.Paragraphs[0].Claims.Clear();
            extractor.Process(doc);
            claims += doc.Paragraphs[0].Claims.Count;
        }

        return claims;
    }

    private Document Layers(string line)
    {
        var doc = new Document { Id = "bench" };
        doc.Paragraphs.Add(new Paragraph { Text = line, Role = LineRole.Body, Index = 0 });
        EvalDocuments.AddGoldLayers(doc, set.Surfaces);
        return doc;
    }
}
