namespace KnowledgeGraph.View;

/// <summary>An entity as the page draws it: names, type, mentions, weight (weighted degree) and the roles the text asserts.</summary>
internal sealed record ViewNode(
    string Id, string Name, string Type, string? Subtype, IReadOnlyList<string> Aliases, int Mentions, double Weight,
    bool Discovered, IReadOnlyList<ViewRole> Roles);
