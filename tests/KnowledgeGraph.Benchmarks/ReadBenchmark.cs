using System.Diagnostics;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>`read PATH…`: times ingest alone (CorpusReader over the paths), as the baseline a no-change reload cannot beat.</summary>
internal static class ReadBenchmark
{
    public static int Run(string[] args)
    {
        var clock = Stopwatch.StartNew();
        int articles = 0, paragraphs = 0;
        foreach (Document doc in new CorpusReader().Read(args, new DiagnosticBag()))
        {
            articles++;
            paragraphs += doc.Paragraphs.Count;
        }

        Console.WriteLine($"read: {articles} articles, {paragraphs} paragraphs in {clock.Elapsed.TotalSeconds:0.000} s");
        return 0;
    }
}
