using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks.Text;

/// <summary>Normalise, tokenise and sentence-split every seed line (one operation = the whole corpus once).</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string[] lines = [];

    /// <summary>Loads the seed corpus, found by walking up from the working directory to KnowledgeGraph.sln.</summary>
    [GlobalSetup]
    public void Setup()
    {
        lines = LoadLines(Path.Combine(RepoPaths.Root, "seeds"));
    }

    [Benchmark]
    public int Normalise()
    {
        int length = 0;
        foreach (string line in lines)
        {
            length += Normaliser.Normalise(line).Length;
        }

        return length;
    }

    [Benchmark(Baseline = true)]
    public int Tokenise()
    {
        int count = 0;
        foreach (string line in lines)
        {
            count += Tokeniser.Tokenise(line).Length;
        }

        return count;
    }

    [Benchmark]
    public int TokeniseAndSplit()
    {
        int count = 0;
        foreach (string line in lines)
        {
            Token[] tokens = Tokeniser.Tokenise(line);
            count += SentenceSplitter.Split(line, tokens).Length;
        }

        return count;
    }

    /// <summary>Every non-blank line of the *.txt files in <paramref name="seedDirectory"/>.</summary>
    internal static string[] LoadLines(string seedDirectory) =>
        Directory.GetFiles(seedDirectory, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .ToArray();
}
