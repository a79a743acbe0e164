namespace KnowledgeGraph.Model;

/// <summary>
/// An acronym or short form an article defined for an entity ("Islamic State of Khorasan Province (ISKP)"),
/// with its evidence: the paragraph and the half-open offsets of the defining text.
/// </summary>
internal sealed record LearnedAlias(string EntityId, string Alias, string ArticleId, string ParagraphId, SourceLocation Location, int Start, int End);
