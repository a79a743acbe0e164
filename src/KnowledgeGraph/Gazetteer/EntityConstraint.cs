using KnowledgeGraph.Model;

namespace KnowledgeGraph.Gazetteer;

/// <summary>An entity type, optionally narrowed to one subtype: `Organisation:militant_group` in coreference.yaml.</summary>
internal readonly record struct EntityConstraint(EntityType Type, string? Subtype)
{
    /// <summary>
    /// True when the entity is of the type and, if a subtype is named, of that subtype. An entity without a subtype (a
    /// name the gazetteer lacks) meets it when the last word of its name is the subtype: the discovered "Standard Gauge
    /// Railway" is a `Project:railway`, "Isimba Dam" a `Project:dam`.
    /// </summary>
    public bool Accepts(Entity entity) =>
        entity.Type == Type && (Subtype is null || string.Equals(entity.Subtype, Subtype, StringComparison.Ordinal)
            || entity.Subtype is null && HeadWordIs(entity.Name, Subtype));

    public override string ToString() => Subtype is null ? Type.ToString() : $"{Type}:{Subtype}";

    private static bool HeadWordIs(string name, string word) =>
        name.EndsWith(word, StringComparison.OrdinalIgnoreCase)
        && (name.Length == word.Length || !char.IsLetterOrDigit(name[name.Length - word.Length - 1]));
}
