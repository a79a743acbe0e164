using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `stages [--corpus DIR] [--copies 40] [--model FILE]`: runs the extraction pipeline on one thread over a corpus folder (default: N
/// distinct copies of the seeds written to a temporary folder, as `corpus --copies N` writes them) and times each stage
/// apart, in thread CPU time where the system gives it (so other processes on a shared machine do not skew the
/// shares). The claims stage's time includes the parsing it triggers (the Syntax stage parses a sentence only when a later
/// stage first reads its tree), so its share is what claim reading costs; it is split into that parsing, the tagging
/// it triggers (sentences no earlier stage tagged, tagged before their parse) and the stage's own rules
/// (<see cref="TimedSyntax"/>). The shares come from a pass of the pipeline as it ships, timed per stage and document
/// only; the split comes from a second pass with a clock around every tagging and parsing call, whose reads (a system
/// call each) would otherwise be charged to the stages that ask for syntax. Also prints the bytes the claims stage
/// allocates per word (a steadier figure than its time on a loaded machine) and how many sentences were parsed: of all
/// title and body sentences, and of those naming two or more entities. `--model` runs a language model file other than
/// the shipped one (one with a relation model, to time what its reading costs).
/// </summary>
internal static class StageBenchmark
{
    public static int Run(string[] args)
    {
        int copies = 40;
        string? corpus = null;
        string? model = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--copies")
            {
                copies = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--corpus")
            {
                corpus = args[i + 1];
            }
            else if (args[i] == "--model")
            {
                model = Path.GetFullPath(args[i + 1]);
            }
        }

        string root = RepoPaths.Root;
        string? temporary = null;
        if (corpus is null)
        {
            temporary = corpus = Path.Combine(Path.GetTempPath(), "kg-stages-" + Guid.NewGuid().ToString("N"));
            SeedCopies.Write(Path.Combine(root, "seeds"), corpus, copies);
        }

        try
        {
            ExtractionPipeline built = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = Path.Combine(root, "gazetteers"), ModelPath = model }, new DiagnosticBag());
            TimedSyntax? timed = null;
            var stages = new List<IDocumentStage>();
            foreach (IDocumentStage stage in built.Stages)
            {
                stages.Add(stage is SyntaxAnnotator syntax ? timed = new TimedSyntax(syntax, built.Stages.Count) : stage);
            }

            Measure(built, null, corpus, Pass.WarmUp);
            Measure(built, null, corpus, Pass.Shares);
            Measure(new ExtractionPipeline(stages, built.Fingerprint), timed, corpus, Pass.Split);
        }
        finally
        {
            if (temporary is not null)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>What a pass over the corpus is for: warming up, the stages' shares, or the claims stage's split.</summary>
    private enum Pass
    {
        WarmUp,
        Shares,
        Split,
    }

    private static void Measure(ExtractionPipeline pipeline, TimedSyntax? timed, string corpus, Pass pass)
    {
        var ticks = new long[pipeline.Stages.Count];
        var bytes = new long[pipeline.Stages.Count];
        if (timed is not null)
        {
            Array.Clear(timed.TagTicks);
            Array.Clear(timed.ParseTicks);
            Array.Clear(timed.Tagged);
            Array.Clear(timed.Parsed);
        }

        long sentences = 0;
        long named = 0;
        long parsed = 0;
        long parsedNamed = 0;
        long words = 0;
        foreach (Document doc in new CorpusReader().Read([corpus], new DiagnosticBag()))
        {
            if (doc.IsRepeat)
            {
                continue;
            }

            for (int i = 0; i < ticks.Length; i++)
            {
                timed?.Stage = i;
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                long start = ThreadCpuClock.Now();
                pipeline.Stages[i].Process(doc);
                ticks[i] += ThreadCpuClock.Now() - start;
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }

            foreach (Paragraph paragraph in doc.Paragraphs)
            {
                words += SeedCorpus.CountWords(paragraph.Text);
                if (!paragraph.Role.FeedsExtraction())
                {
                    continue;
                }

                var counts = new int[paragraph.Sentences.Length];
                foreach (Mention mention in paragraph.Mentions)
                {
                    if ((uint)mention.Sentence < (uint)counts.Length)
                    {
                        counts[mention.Sentence]++;
                    }
                }

                for (int s = 0; s < paragraph.Sentences.Length; s++)
                {
                    bool isParsed = paragraph.Syntax?.IsParsed(s) == true;
                    sentences++;
                    parsed += isParsed ? 1 : 0;
                    named += counts[s] >= 2 ? 1 : 0;
                    parsedNamed += isParsed && counts[s] >= 2 ? 1 : 0;
                }
            }
        }

        if (pass == Pass.WarmUp)
        {
            Console.WriteLine($"warm-up: {words:N0} words");
            return;
        }

        double total = ticks.Sum();
        int claims = pipeline.Stages.ToList().FindIndex(s => s.Name == "claims");
        if (pass == Pass.Split)
        {
            if (claims >= 0 && timed is not null)
            {
                long parse = timed.ParseTicks[claims], tag = timed.TagTicks[claims];
                Console.WriteLine($"claims stage split (second pass, a clock on every tag and parse call): {ticks[claims] / total:P1} in all: parsing {parse / total:P1} ({timed.Parsed[claims]:N0} sentences), "
                    + $"tagging {tag / total:P1} ({timed.Tagged[claims]:N0} sentences), its own rules {(ticks[claims] - parse - tag) / total:P1} of extraction time");
            }

            return;
        }

        string clock = ThreadCpuClock.IsCpu ? "thread CPU" : "wall";
        Console.WriteLine($"corpus: {corpus}, {words:N0} words, {total / 1e9:0.00} s {clock} time in the stages on one thread ({words / (total / 1e9):N0} words per {clock} second)");
        Console.WriteLine("time by stage: " + string.Join(", ", pipeline.Stages.Select((s, i) => $"{s.Name} {ticks[i] / total:P1}")));
        if (claims >= 0)
        {
            Console.WriteLine($"claims stage (with the parsing it triggers): {ticks[claims] / total:P1} of extraction time, {bytes[claims] / (double)words:0.0} bytes allocated per word ({bytes[claims] / (double)bytes.Sum():P1} of the stages' {bytes.Sum() / (double)words:0.0})");
        }

        Console.WriteLine($"sentences parsed: {parsed:N0} of {sentences:N0} title and body sentences ({(double)parsed / Math.Max(1, sentences):P1}); "
            + $"{parsedNamed:N0} of the {named:N0} naming two or more entities ({(double)parsedNamed / Math.Max(1, named):P1})");
    }
}
