namespace KnowledgeGraph.Store;

// The read model every consumer of the store shares (Query, Export, the Neo4j loader).
// Kept in one file on purpose: these records are the contract between the store and its readers.
// Every record carries the store revision that last wrote it, so an incremental reader (the Neo4j loader)
// asks for rows changed since its watermark and for tombstones of rows deleted since then.

/// <summary>An entity as stored: curated or discovered, with every alias (learned ones included) and its mention total.</summary>
internal sealed record EntityRecord(
    string Id, string Name, string Type, string? Subtype, IReadOnlyList<string> Aliases,
    bool Discovered, double Confidence, int Mentions, long Revision);

/// <summary>An article with every place it was read ("file:line" of its first line, in reading order).</summary>
internal sealed record ArticleRecord(
    string Id, string? Title, string? Date, string? Outlet, string? Url, string? Author,
    IReadOnlyList<string> Locations, string ContentHash, long Revision);

/// <summary>
/// A sentence with provenance. Id is "{paragraphId}:{start}" (paragraph ids are content hashes, so ids are
/// stable across builds). Start/End are half-open offsets into the paragraph (= source line) text.
/// </summary>
internal sealed record SentenceRecord(
    string Id, string ArticleId, string ParagraphId, string Role, string File, int Line, int Start, int End,
    string Text, long Revision);

/// <summary>How often an entity is mentioned in an article (Neo4j: MENTIONED_IN {count}).</summary>
internal sealed record MentionCountRecord(string EntityId, string ArticleId, int Count, long Revision);

/// <summary>
/// A co-mention edge between two entities, A &lt; B ordinally. Counts are over distinct paragraphs and sentences
/// (a paragraph read in two files counts once); Score is the documented association score.
/// </summary>
internal sealed record CoMentionRecord(
    string A, string B, int Sentences, int Paragraphs, int Articles, string? First, string? Last,
    double Score, IReadOnlyList<string> EvidenceSentenceIds, long Revision)
{
    /// <summary>
    /// True when, in every sentence (or, for paragraph-only edges, every paragraph) the pair shares, one side is
    /// named only by a demonym ("Chinese investors … Afghanistan"). Kept, with its score halved, and left out
    /// of default queries.
    /// </summary>
    public bool DemonymOnly { get; init; }
}

/// <summary>
/// One sentence that asserts a claim, with the evidence span inside its paragraph and the time this sentence states
/// (null when it states none: a claim's time is shown with the sentence it comes from).
/// </summary>
internal sealed record ClaimEvidenceRecord(string SentenceId, string ArticleId, string File, int Line, int Start, int End, string Trigger, double Confidence, string? Time = null);

/// <summary>
/// A claim: one (subject, predicate, object, negated) asserted by one or more sentences.
/// Id is stable: 16 hex digits of SHA-256 over "subject|predicate|object|negated".
/// </summary>
internal sealed record ClaimRecord(
    string Id, string Subject, string Predicate, string PredicateClass, string Object, bool Negated, bool Hedged,
    string? Source, string? Time, string? Qualifier, double Confidence, IReadOnlyList<ClaimEvidenceRecord> Evidence,
    long Revision);

/// <summary>A row deleted at <see cref="Revision"/>: Kind is entity, article, sentence, mention, comention or claim; Key its id ("a|b" for pairs, "entity|article" for mention counts).</summary>
internal sealed record Tombstone(string Kind, string Key, long Revision);
