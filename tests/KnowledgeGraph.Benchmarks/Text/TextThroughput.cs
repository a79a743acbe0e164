using System.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks.Text;

/// <summary>
/// Prints how many words per second one core tokenises and sentence-splits over the seed corpus (words counted
/// as white-space separated runs, like wc -w), by wall clock and by process CPU time (the fairer figure on a
/// busy machine). A quick figure next to the BenchmarkDotNet class
/// <see cref="TextBenchmarks"/>; call <see cref="Run"/> from Program.
/// </summary>
internal static class TextThroughput
{
    /// <summary>Reads every non-blank line of seeds/*.txt under <paramref name="seedDirectory"/>, warms up, then times <paramref name="passes"/> passes.</summary>
    public static void Run(string seedDirectory, TextWriter output, int passes = 200)
    {
        string[] lines = TextBenchmarks.LoadLines(seedDirectory);
        long words = lines.Sum(line => (long)line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        (long tokens, long sentences) = (0, 0);
        for (int i = 0; i < 20; i++)
        {
            (tokens, sentences) = Pass(lines);
        }

        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < passes; i++)
        {
            Pass(lines);
        }

        clock.Stop();
        double seconds = clock.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        output.WriteLine($"{lines.Length} lines, {words} words, {tokens} tokens, {sentences} sentences per pass; {passes} passes in {seconds:F2} s wall, {cpuSeconds:F2} s CPU");
        output.WriteLine($"tokenise + sentence-split, one thread: {words * passes / seconds / 1e6:F1} M words/s by wall clock, {words * passes / cpuSeconds / 1e6:F1} M words/s by CPU time");
    }

    private static (long Tokens, long Sentences) Pass(string[] lines)
    {
        (long tokens, long sentences) = (0, 0);
        foreach (string line in lines)
        {
            Token[] lineTokens = Tokeniser.Tokenise(line);
            tokens += lineTokens.Length;
            sentences += SentenceSplitter.Split(line, lineTokens).Length;
        }

        return (tokens, sentences);
    }
}
