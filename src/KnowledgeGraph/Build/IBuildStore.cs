namespace KnowledgeGraph.Build;

/// <summary>
/// The store as a build sees it (the seam between Build and Store; the embedded SQLite store implements it): what
/// earlier builds left, and writes, each batch one transaction. Aggregates (entities, edges, claims) of the keys a
/// batch touched are settled by <see cref="Finish"/>, once per build, so a bulk build pays for each key once; what
/// an interrupted build left unsettled is settled first (<see cref="SettleInterrupted"/>).
/// </summary>
internal interface IBuildStore
{
    /// <summary>The revision of the last committed write (0 for an empty store).</summary>
    long Revision { get; }

    /// <summary>
    /// Settles, in its own transaction at the next revision, the aggregates an interrupted build left unsettled, so the
    /// articles it committed are whole even if this build is interrupted too; null when there was nothing to settle.
    /// </summary>
    AggregateChanges? SettleInterrupted();

    /// <summary>The stamps recorded for input files by earlier builds, by path.</summary>
    IReadOnlyDictionary<string, FileStamp> FileStamps();

    /// <summary>True when some stored article was extracted under another fingerprint than <paramref name="fingerprint"/>.</summary>
    bool HasStaleArticles(string fingerprint);

    /// <summary>The stored state of an article, or null when it is not stored.</summary>
    StoredArticle? FindArticle(string articleId);

    /// <summary>True when the stored article has a location in one of <paramref name="files"/>.</summary>
    bool HasLocationIn(string articleId, IReadOnlySet<string> files);

    /// <summary>
    /// Begins this build's run ledger, empty (<see cref="IRunLedger"/>): what the build reads is recorded there, not
    /// in memory, and <see cref="Finish"/> reconciles the stored locations with it.
    /// </summary>
    IRunLedger BeginRun();

    /// <summary>Stored articles with a location in <paramref name="files"/> that this run's ledger has not seen.</summary>
    int CountUnseenIn(IReadOnlyCollection<string> files);

    /// <summary>
    /// Opens one batch, one transaction at <paramref name="revision"/>: articles are written into it as they come
    /// out of extraction (so a batch holds no documents or rows in memory), and it commits or, disposed uncommitted,
    /// rolls back.
    /// </summary>
    IBatchWriter BeginBatch(string fingerprint, long revision);

    /// <summary>
    /// The build's last transaction: reconciles stored locations with what the run read (its ledger, and the files
    /// of <see cref="RunOutcome"/>),
    /// removes articles left without locations, settles every aggregate touched since the last settled build, and
    /// records the file stamps.
    /// </summary>
    FinishResult Finish(RunOutcome run, long revision, bool wroteBefore);

    /// <summary>What the store holds now.</summary>
    StoreCounts Counts();
}
