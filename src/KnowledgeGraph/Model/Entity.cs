namespace KnowledgeGraph.Model;

/// <summary>
/// A canonical entity. Curated entities come from the gazetteer; discovered ones are created from text
/// with a stable id derived from type and normalised name.
/// </summary>
internal sealed class Entity
{
    /// <summary>Stable id: a lower-case slug for curated entities ("china", "ashraf-ghani"), "d:type:slug" for discovered ones.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required EntityType Type { get; init; }
    /// <summary>Free but documented: militant_group, company, state_company, intergovernmental, government, government_body, city, …</summary>
    public string? Subtype { get; init; }
    public IReadOnlyList<Alias> Aliases { get; init; } = [];
    /// <summary>Matched case-sensitively (SCO, US, ETIM).</summary>
    public IReadOnlyList<string> Acronyms { get; init; } = [];
    public IReadOnlyList<string> Demonyms { get; init; } = [];
    /// <summary>Surface forms standing for this entity as an actor (Beijing, the Kremlin), resolved by context.</summary>
    public IReadOnlyList<string> Metonyms { get; init; } = [];
    /// <summary>Partial names of a person (`short:` and `alone:`), resolved only when the article or gazetteer makes them unambiguous.</summary>
    public IReadOnlyList<string> ShortNames { get; init; } = [];
    /// <summary>False when the gazetteer gave `short:` or `alone:` explicitly (even empty): then no last name is derived.</summary>
    public bool DeriveShortName { get; init; } = true;
    /// <summary>Id of the capital (a Place entity) for countries.</summary>
    public string? Capital { get; init; }
    public IReadOnlyList<PersonRole> Roles { get; init; } = [];
    public IReadOnlyList<EntityLink> Links { get; init; } = [];
    public string? Notes { get; init; }
    public EntityOrigin Origin { get; init; } = EntityOrigin.Curated;
    /// <summary>1 for curated entities; the discoverer's confidence for discovered ones.</summary>
    public float Confidence { get; init; } = 1f;
    /// <summary>Gazetteer file and line the entity was defined at (null for discovered).</summary>
    public string? DefinedAt { get; init; }

    public bool IsDiscovered => Origin == EntityOrigin.Discovered;

    public override string ToString() => $"{Id} ({Type})";
}
