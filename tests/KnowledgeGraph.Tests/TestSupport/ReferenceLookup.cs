using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.TestSupport;

/// <summary>Finding a coreference reference in a processed document, and the entities it means, for the coreference tests.</summary>
internal static class ReferenceLookup
{
    /// <summary>The reference that starts where <paramref name="words"/> first stand in paragraph <paramref name="paragraph"/>; null when none does.</summary>
    public static Reference? At(Document doc, int paragraph, string words)
    {
        Paragraph p = doc.Paragraphs[paragraph];
        int start = p.Text.IndexOf(words, StringComparison.Ordinal);
        return p.References.FirstOrDefault(r => r.Start == start);
    }

    /// <summary>The ids of every entity the reference means: its antecedent's, then those of its other antecedents.</summary>
    public static IEnumerable<string> Meant(Reference reference) =>
        new[] { reference.Entity.Id }.Concat(reference.OtherAntecedents.Select(m => m.Entity.Id));
}
