using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Loads the pipeline and streams processed documents for the commands that read a corpus without a store.</summary>
internal static class CorpusRun
{
    /// <summary>
    /// Checks the paths (KG1012 when none exists), loads the gazetteers (KG3xxx on a bad one, every error printed) and
    /// streams the corpus through the pipeline; diagnostics go to <paramref name="diagnostics"/>.
    /// </summary>
    public static IEnumerable<Document> Open(IReadOnlyList<string> paths, string gazetteers, int threads, DiagnosticBag diagnostics)
    {
        InputLister.RequireSome(paths);
        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteers }, diagnostics);
        return PipelineRunner.Run(new CorpusReader(IngestOptions.FromGazetteerDirectory(gazetteers)).Read(paths, diagnostics), pipeline, threads, diagnostics);
    }

    /// <summary>Runs the corpus through the pipeline into an entity tally, printing diagnostics once each as they come.</summary>
    public static EntityTally Tally(KgConsole console, IReadOnlyList<string> paths, string gazetteers, int threads)
    {
        DiagnosticBag diagnostics = console.Attach(new DiagnosticBag());
        var tally = new EntityTally();
        foreach (Document doc in Open(paths, gazetteers, threads, diagnostics))
        {
            tally.Add(doc);
        }

        console.SkippedSummary(diagnostics);
        return tally;
    }
}
