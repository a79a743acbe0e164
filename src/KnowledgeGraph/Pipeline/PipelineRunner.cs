using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// Runs a pipeline over a stream of documents on several cores and yields them in input order, streaming. An internal
/// error on one document (a bug the text ran into) costs that document only: it is reported as KG9998 naming its
/// file:line and left out of the stream, and the others go on.
/// </summary>
internal static class PipelineRunner
{
    /// <summary>
    /// Processes <paramref name="docs"/> with <paramref name="pipeline"/> on <paramref name="degree"/> threads
    /// (1 = on the caller's thread) and yields each document, processed, in the order read; a document whose
    /// processing threw is reported to <paramref name="diagnostics"/> and not yielded.
    /// </summary>
    public static IEnumerable<Document> Run(IEnumerable<Document> docs, ExtractionPipeline pipeline, int degree, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (degree <= 1)
        {
            foreach (Document doc in docs)
            {
                if (TryProcess(pipeline, doc, diagnostics))
                {
                    yield return doc;
                }
            }

            yield break;
        }

        IEnumerable<Document?> parallel = docs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degree)
            .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
            .Select(doc => TryProcess(pipeline, doc, diagnostics) ? doc : null);
        foreach (Document? doc in parallel)
        {
            if (doc is not null)
            {
                yield return doc;
            }
        }
    }

    /// <summary>Processes <paramref name="doc"/>; false (and KG9998 reported) when a stage threw on it.</summary>
    private static bool TryProcess(ExtractionPipeline pipeline, Document doc, DiagnosticBag diagnostics)
    {
        try
        {
            pipeline.Process(doc);
            return true;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or KgException))
        {
            SourceLocation at = doc.Locations.FirstOrDefault();
            diagnostics.Error(
                ErrorCodes.ArticleFailed,
                $"internal error while extracting the article \"{doc.Title}\" ({e.GetType().Name}: {e.Message}); it is left out and the run goes on",
                at.File,
                at.Line);
            return false;
        }
    }
}
