namespace KnowledgeGraph.Store;

/// <summary>
/// The read side of a graph store (a seam: the embedded SQLite store implements it; tests use small in-memory ones).
/// Every enumeration can be restricted to rows written after a revision, for incremental consumers.
/// </summary>
internal interface IGraphReader
{
    /// <summary>The revision of the last committed build (0 for an empty store).</summary>
    long Revision { get; }

    IEnumerable<EntityRecord> Entities(long sinceRevision = 0);

    IEnumerable<ArticleRecord> Articles(long sinceRevision = 0);

    IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0);

    IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0);

    IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0);

    IEnumerable<ClaimRecord> Claims(long sinceRevision = 0);

    /// <summary>
    /// Every entity mention inside a stored sentence, offsets relative to the sentence, each once: what queries use
    /// to rank evidence sentences by how directly they join two entities. A reader that keeps no mentions returns none
    /// (evidence is then ranked by sentence length).
    /// </summary>
    IEnumerable<SentenceMentionRecord> SentenceMentions() => [];

    /// <summary>Rows deleted after <paramref name="sinceRevision"/>.</summary>
    IEnumerable<Tombstone> Deletions(long sinceRevision);

    /// <summary>The revision a named consumer (e.g. "neo4j:bolt-host/db") has fully loaded, or 0.</summary>
    long GetWatermark(string consumer);

    void SetWatermark(string consumer, long revision);
}
