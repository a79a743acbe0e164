using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Runs article lines through the shipped pipeline and lists their claims as "subject PREDICATE object".</summary>
internal static class ShippedClaims
{
    public static IReadOnlyList<string> Of(params string[] lines)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, lines);
        return [.. doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}")];
    }
}
