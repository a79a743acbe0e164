namespace KnowledgeGraph.Model;

/// <summary>
/// One reading of a mention's span: the entity, how the form relates to it, and the entity ids one of which must be
/// in the article for it to apply. <paramref name="Alone"/> marks a partial name the gazetteer lists as naming the
/// person on its own (`alone:`, e.g. Putin); other partial names need the person named in full earlier in the article.
/// </summary>
internal sealed record MentionCandidate(Entity Entity, MentionKind Kind, IReadOnlyList<string> When, bool Alone = false);
