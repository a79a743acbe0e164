using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Loads the pipeline and streams processed documents for commands that read a corpus without a store.</summary>
internal static class CorpusRun
{
    /// <summary>Null (after printing the error line) when the gazetteer is malformed.</summary>
    public static IEnumerable<Document>? Open(IReadOnlyList<string> paths, string gazetteers, int threads, DiagnosticBag diagnostics, out ExtractionPipeline? pipeline)
    {
        try
        {
            pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteers }, diagnostics);
        }
        catch (KgException e)
        {
            Console.Error.WriteLine(e.ToLine());
            pipeline = null;
            return null;
        }

        return PipelineRunner.Run(new CorpusReader(IngestOptions.FromGazetteerDirectory(gazetteers)).Read(paths, diagnostics), pipeline, threads);
    }

    /// <summary>Runs the corpus through the pipeline into an entity tally (diagnostics printed); null when the gazetteer is malformed.</summary>
    public static EntityTally? Tally(IReadOnlyList<string> paths, string gazetteers, int threads)
    {
        DiagnosticBag diagnostics = DiagnosticPrinter.Attach(new DiagnosticBag());
        IEnumerable<Document>? docs = Open(paths, gazetteers, threads, diagnostics, out _);
        if (docs is null)
        {
            return null;
        }

        var tally = new EntityTally();
        foreach (Document doc in docs)
        {
            tally.Add(doc);
        }

        return tally;
    }
}
