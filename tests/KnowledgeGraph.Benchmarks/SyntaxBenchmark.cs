using System.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.ModelFiles;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `tagger [--passes N]` and `parser [--passes N]`: tokens per second of the shipped language model on one core over
/// the sentences of the seed articles' titles and body paragraphs (tokenised and split once, outside the timing),
/// repeated N times (default 5). The parser figure covers the arc-eager parse and the labeller, on tagged sentences.
/// Both print the model's load time first (read, verify checksums, build the tagger's tables; then, as on the first
/// parse, the parser's and labeller's).
/// </summary>
internal static class SyntaxBenchmark
{
    public static int Tagger(string[] args) => Run(args, parse: false);

    public static int Parser(string[] args) => Run(args, parse: true);

    private static int Run(string[] args, bool parse)
    {
        int passes = args.Length >= 2 && args[0] == "--passes" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        string root = RepoPaths.Root;
        string path = Path.Combine(root, SyntaxModel.DefaultPath);
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        SyntaxModel model = SyntaxModel.From(ModelFile.Read(path));
        double loaded = clock.Elapsed.TotalMilliseconds, loadedCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        _ = model.Parser.FeatureCount + model.Labeller.FeatureCount;
        double parserLoaded = clock.Elapsed.TotalMilliseconds - loaded;
        Console.WriteLine(
            $"model: {new FileInfo(path).Length / 1048576.0:0.0} MB, read with tagger and lemmas in {loaded:0} ms ({loadedCpu:0} ms CPU); parser and labeller built on first use in {parserLoaded:0} ms; "
            + $"tagger {model.Tagger.FeatureCount:N0} features, parser {model.Parser.FeatureCount:N0}, labeller {model.Labeller.FeatureCount:N0}");
        List<(Paragraph Paragraph, Sentence Sent, SyntaxToken[] Syntax)> sentences = Sentences(root, model);
        long tokens = sentences.Sum(s => (long)s.Sent.TokenEnd - s.Sent.TokenStart);
        Console.WriteLine($"seed sentences: {sentences.Count:N0}, {tokens:N0} tokens; {passes} passes");
        Measure(parse ? "parse (warm-up)" : "tag (warm-up)", sentences, model, parse, 1, tokens);
        Measure(parse ? "parse + label" : "tag", sentences, model, parse, passes, tokens);
        return 0;
    }

    private static void Measure(string label, List<(Paragraph Paragraph, Sentence Sent, SyntaxToken[] Syntax)> sentences, SyntaxModel model, bool parse, int passes, long tokens)
    {
        GC.Collect();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int pass = 0; pass < passes; pass++)
        {
            foreach ((Paragraph paragraph, Sentence sent, SyntaxToken[] syntax) in sentences)
            {
                ReadOnlySpan<Token> span = paragraph.Tokens.AsSpan(sent.TokenStart, sent.TokenEnd - sent.TokenStart);
                if (parse)
                {
                    model.Parse(paragraph.Text, span, syntax, sent.TokenStart);
                }
                else
                {
                    model.Tag(paragraph.Text, span, syntax);
                }
            }
        }

        clock.Stop();
        double seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        long total = tokens * passes;
        Console.WriteLine($"{label,-18} {total,12:N0} tokens {clock.Elapsed.TotalSeconds,7:0.00} s {total / clock.Elapsed.TotalSeconds,12:N0} tokens/s ({total / seconds,12:N0} per CPU-s)  allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)total:0.0} bytes/token");
    }

    private static List<(Paragraph, Sentence, SyntaxToken[])> Sentences(string root, SyntaxModel model)
    {
        var list = new List<(Paragraph, Sentence, SyntaxToken[])>();
        var text = new IDocumentStage[] { new Normaliser(), new Tokeniser(), new SentenceSplitter() };
        foreach (Document doc in new SeedCorpus(root).Repeat(1))
        {
            foreach (IDocumentStage stage in text)
            {
                stage.Process(doc);
            }

            foreach (Paragraph paragraph in doc.Paragraphs.Where(p => p.Role.FeedsExtraction()))
            {
                foreach (Sentence sent in paragraph.Sentences)
                {
                    var syntax = new SyntaxToken[sent.TokenEnd - sent.TokenStart];
                    model.Tag(paragraph.Text, paragraph.Tokens.AsSpan(sent.TokenStart, syntax.Length), syntax);
                    list.Add((paragraph, sent, syntax));
                }
            }
        }

        return list;
    }
}
