namespace KnowledgeGraph.View;

/// <summary>A role a person holds by a HOLDS_ROLE_IN or LEADS claim: title, the entity id it is held in, evidence sentence numbers.</summary>
internal sealed record ViewRole(string Title, string Of, IReadOnlyList<int> Evidence);
