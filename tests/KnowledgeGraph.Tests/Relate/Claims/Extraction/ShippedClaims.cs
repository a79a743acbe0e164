using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Runs article lines through the shipped pipeline and lists their claims as "subject PREDICATE object".</summary>
internal static class ShippedClaims
{
    public static IReadOnlyList<string> Of(params string[] lines) => In(Docs.Process(ShippedPipeline.Value, lines));

    /// <summary>The claims of a processed document as "subject PREDICATE object".</summary>
    public static IReadOnlyList<string> In(Document doc) =>
        [.. doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}")];
}
