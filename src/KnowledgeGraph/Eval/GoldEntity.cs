using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Eval;

/// <summary>An annotated entity: a gazetteer id, or (for names the gazetteer lacks) a name and a type.</summary>
internal sealed record GoldEntity(string? Id, string Name, EntityType Type)
{
    /// <summary>The key compared with predictions: the curated id, or the id a discovered entity of that name would get.</summary>
    public string Key => Id ?? DiscoveredNames.Id(Name, Type);
}
