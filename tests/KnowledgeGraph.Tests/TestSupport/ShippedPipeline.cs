using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Tests.TestSupport;

/// <summary>The extraction pipeline over the shipped gazetteers/ folder, built once for every test that needs the real data.</summary>
internal static class ShippedPipeline
{
    private static readonly Lazy<ExtractionPipeline> Shipped = new(() =>
        PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = Path.Combine(Docs.RepoRoot(), "gazetteers") }, new DiagnosticBag()));

    public static ExtractionPipeline Value => Shipped.Value;
}
