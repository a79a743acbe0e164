using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Recognise;
using KnowledgeGraph.Resolve;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// Builds the extraction pipeline from the data folders. This is the one place that lists the stages, in order:
/// <code>
/// Text       normaliser → tokeniser → sentences
/// Recognise  gazetteer → discoverer
/// Resolve    resolver → acronyms
/// Relate     claims
/// </code>
/// </summary>
internal static class PipelineFactory
{
    /// <summary>
    /// Loads and validates the gazetteer from <see cref="PipelineOptions.GazetteerDirectory"/>, then lists the
    /// stages. A malformed gazetteer throws <see cref="GazetteerException"/> (file:line:column) before any text is read.
    /// </summary>
    public static ExtractionPipeline Create(PipelineOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer = GazetteerLoader.Load(options.GazetteerDirectory);
        return Create(gazetteer, options);
    }

    /// <summary>Builds the pipeline over an already loaded gazetteer (tests build small ones by hand).</summary>
    public static ExtractionPipeline Create(KnowledgeGraph.Gazetteer.Gazetteer gazetteer, PipelineOptions options)
    {
        var stages = new List<IDocumentStage>
        {
            new Normaliser(),
            new Tokeniser(),
            new SentenceSplitter(),
            new GazetteerRecogniser(new FormTrie(gazetteer.Forms)),
        };
        if (options.Discover)
        {
            stages.Add(new NameDiscoverer(new CueSet(gazetteer.Cues)));
        }

        stages.Add(new MentionResolver());
        stages.Add(new AcronymLearner());
        return new ExtractionPipeline(stages, gazetteer.Fingerprint) { Gazetteer = gazetteer };
    }
}
