using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Pipeline;

/// <summary>Builds the extraction pipeline from the data folders. Filled in as the stages land.</summary>
internal static class PipelineFactory
{
    /// <summary>
    /// Loads and validates the gazetteer (and predicate lexicon) from <see cref="PipelineOptions.GazetteerDirectory"/>,
    /// then lists the stages in order. A malformed gazetteer throws <see cref="KgException"/> with file:line:column
    /// before any text is read.
    /// </summary>
    public static ExtractionPipeline Create(PipelineOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new ExtractionPipeline([], "none");
    }
}
