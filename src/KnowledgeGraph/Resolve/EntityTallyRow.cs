using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>One entity of a corpus: how often it is mentioned, the aliases articles taught, the surface forms seen, example sentences.</summary>
internal sealed class EntityTallyRow
{
    public EntityTallyRow(Entity entity) => Entity = entity;

    public Entity Entity { get; }
    public int Mentions { get; set; }
    public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> LearnedAliases { get; } = new(StringComparer.Ordinal);
    /// <summary>Surface forms as written, with counts (the most frequent names a discovered entity).</summary>
    public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);
    /// <summary>Roles the articles assert for a person (HOLDS_ROLE_IN or LEADS claims): title, entity id, evidence location.</summary>
    public SortedSet<(string Title, string Of, string Evidence)> Roles { get; } = [];
    /// <summary>Up to three example sentences with their location.</summary>
    public List<(SourceLocation Location, string Sentence)> Examples { get; } = [];

    /// <summary>
    /// Display name: the curated name, or the most frequent spelling of a discovered one's full name (its partial
    /// mentions, "Morris" for Scott Morris, are often more frequent but never name it).
    /// </summary>
    public string Name => Entity.IsDiscovered && Surfaces.Count > 0
        ? Surfaces.Where(s => DiscoveredNames.Id(s.Key, Entity.Type) == Entity.Id).DefaultIfEmpty(new(Entity.Name, 0))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key
        : Entity.Name;
}
