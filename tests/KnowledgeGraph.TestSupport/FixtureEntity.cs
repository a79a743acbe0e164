namespace KnowledgeGraph.TestSupport;

/// <summary>
/// An entity of a fixture graph: stored aliases, plus extra surface forms (metonyms, short names) and demonyms the
/// fixture's matcher finds in text but the store does not list as aliases.
/// </summary>
internal sealed record FixtureEntity(
    string Id, string Name, string Type, string? Subtype, string[] Aliases, string[] Forms, bool Discovered = false, string[]? Demonyms = null);
