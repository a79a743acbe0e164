namespace KnowledgeGraph.Model;

/// <summary>One reading of a mention's span: the entity, how the form relates to it, and the entity ids one of which must be in the article for it to apply.</summary>
internal sealed record MentionCandidate(Entity Entity, MentionKind Kind, IReadOnlyList<string> When);
