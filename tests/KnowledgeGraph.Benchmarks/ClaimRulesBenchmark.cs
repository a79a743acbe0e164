using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// `claims-rules [--copies 5] [--rounds 15]`: the claims stage's own rules, without the tagging and parsing it triggers.
/// Runs the whole pipeline once over N distinct copies of the seeds, keeps the documents (their syntax tagged and parsed
/// where the first pass asked), then runs the claims stage again over them, its claims cleared, round after round on
/// one thread; prints the least and the median thread CPU time of a round (the least is the steadier figure on a loaded
/// machine), the bytes a round allocates, and the claims a round finds (the same every round).
/// </summary>
internal static class ClaimRulesBenchmark
{
    public static int Run(string[] args)
    {
        int copies = 5;
        int rounds = 15;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--copies")
            {
                copies = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--rounds")
            {
                rounds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        string root = RepoPaths.Root;
        string corpus = Path.Combine(Path.GetTempPath(), "kg-rules-" + Guid.NewGuid().ToString("N"));
        SeedCopies.Write(Path.Combine(root, "seeds"), corpus, copies);
        try
        {
            ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = Path.Combine(root, "gazetteers") }, new DiagnosticBag());
            IDocumentStage claims = pipeline.Stages.Single(s => s.Name == "claims");
            var docs = new List<Document>();
            foreach (Document doc in new CorpusReader().Read([corpus], new DiagnosticBag()))
            {
                if (!doc.IsRepeat)
                {
                    pipeline.Process(doc);
                    docs.Add(doc);
                }
            }

            var times = new List<long>();

            long bytes = 0;
            int found = -1;
            for (int round = 0; round <= rounds; round++)
            {
                int count = 0;
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                long start = ThreadCpuClock.Now();
                foreach (Document doc in docs)
                {
                    foreach (Paragraph paragraph in doc.Paragraphs)
                    {
                        paragraph.Claims.Clear();
                    }

                    claims.Process(doc);
                    foreach (Paragraph paragraph in doc.Paragraphs)
                    {
                        count += paragraph.Claims.Count;
                    }
                }

                long elapsed = ThreadCpuClock.Now() - start;
                if (round == 0)
                {
                    // The first round warms the code up and is not counted.
                    found = count;
                    continue;
                }

                if (count != found)
                {
                    Console.Error.WriteLine($"round {round} found {count} claims, the first {found}");
                    return 1;
                }

                times.Add(elapsed);
                bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            }

            times.Sort();
            string clock = ThreadCpuClock.IsCpu ? "thread CPU" : "wall";
            Console.WriteLine($"claims stage rules over {docs.Count:N0} documents ({copies} copies of the seeds), {rounds} rounds: least {times[0] / 1e6:0.0} ms, "
                + $"median {times[times.Count / 2] / 1e6:0.0} ms {clock} time a round; {bytes / 1e6:0.00} MB allocated a round; {found:N0} claims");
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }

        return 0;
    }
}
