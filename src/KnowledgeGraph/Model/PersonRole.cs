namespace KnowledgeGraph.Model;

/// <summary>A role a person holds or held: title, the entity id it is "of", and ISO dates (null = open).</summary>
internal sealed record PersonRole(string Title, string? Of, string? From, string? To);
