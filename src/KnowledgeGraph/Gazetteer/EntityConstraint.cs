using KnowledgeGraph.Model;

namespace KnowledgeGraph.Gazetteer;

/// <summary>An entity type, optionally narrowed to one subtype: `Organisation:militant_group` in coreference.yaml.</summary>
internal readonly record struct EntityConstraint(EntityType Type, string? Subtype)
{
    public bool Accepts(Entity entity) =>
        entity.Type == Type && (Subtype is null || string.Equals(entity.Subtype, Subtype, StringComparison.Ordinal));

    public override string ToString() => Subtype is null ? Type.ToString() : $"{Type}:{Subtype}";
}
