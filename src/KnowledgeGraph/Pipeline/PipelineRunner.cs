using KnowledgeGraph.Model;

namespace KnowledgeGraph.Pipeline;

/// <summary>Runs a pipeline over a stream of documents on several cores and yields them in input order, streaming.</summary>
internal static class PipelineRunner
{
    /// <summary>
    /// Processes <paramref name="docs"/> with <paramref name="pipeline"/> on <paramref name="degree"/> threads
    /// (1 = on the caller's thread) and yields each document, processed, in the order read.
    /// </summary>
    public static IEnumerable<Document> Run(IEnumerable<Document> docs, ExtractionPipeline pipeline, int degree)
    {
        if (degree <= 1)
        {
            foreach (Document doc in docs)
            {
                pipeline.Process(doc);
                yield return doc;
            }

            yield break;
        }

        IEnumerable<Document> parallel = docs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degree)
            .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
            .Select(doc =>
            {
                pipeline.Process(doc);
                return doc;
            });
        foreach (Document doc in parallel)
        {
            yield return doc;
        }
    }
}
