namespace KnowledgeGraph.Store;

/// <summary>
/// A mention inside a stored sentence: the sentence id, the entity, half-open [Start, End) offsets relative to the
/// sentence's start, and the mention kind (name, acronym, demonym, metonym, partial, learned, discovered, described).
/// </summary>
internal sealed record SentenceMentionRecord(string SentenceId, string EntityId, int Start, int End, string Kind);
