using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model;

/// <summary>
/// The stage contract: a per-document stage reads the layers named in its docs and adds its own, in place.
/// Stages are stateless across documents (or thread-safe), so one pipeline can process documents in parallel.
/// </summary>
internal interface IDocumentStage
{
    /// <summary>Short name used in timings and diagnostics ("tokeniser", "gazetteer").</summary>
    string Name { get; }

    void Process(Document doc);
}
