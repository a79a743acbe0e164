using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Whether two candidates stand for one entity: the same entity id, not the same object. A name the gazetteer lacks is
/// discovered anew at each mention ("Tianhe Solar … Tianhe Solar"), so two mentions of it are two objects with one id;
/// compared by object, they were rivals for the next pronoun, which then stayed unsure.
/// </summary>
internal static class SameEntity
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are both null, or carry the same id.</summary>
    public static bool Is(Entity? a, Entity? b) =>
        ReferenceEquals(a, b) || a is not null && b is not null && string.Equals(a.Id, b.Id, StringComparison.Ordinal);
}
