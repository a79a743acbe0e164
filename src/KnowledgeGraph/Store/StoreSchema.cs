namespace KnowledgeGraph.Store;

/// <summary>
/// The SQLite schema of a KnowledgeGraph store and its migrations. A store is identified by
/// <c>PRAGMA application_id</c> = <see cref="ApplicationId"/> and a <c>meta</c> row; its version is
/// <c>PRAGMA user_version</c>. Migrations run in order, each inside the transaction that bumps the version.
/// </summary>
/// <remarks>
/// Two kinds of tables. Per-article facts carry <c>article_id</c> and are replaced wholesale when an article
/// changes (article_locations, article_paragraphs, sentences, mentions, observations, learned_aliases,
/// comention_occurrences, claim_evidence). Aggregates are derived from the facts for the keys a batch touched
/// (paragraphs, entities, mention_counts, comentions, claims), so the result never depends on the order in
/// which articles arrived. Every row a reader sees records the revision that last changed it.
/// </remarks>
internal static class StoreSchema
{
    /// <summary>"KGDB" as a big-endian 32-bit integer.</summary>
    public const int ApplicationId = 0x4B474442;

    /// <summary>The schema version this code writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Migrations: index i brings a store from version i to i + 1.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, title TEXT, date TEXT, outlet TEXT, url TEXT, author TEXT,
            content_hash TEXT NOT NULL, fingerprint TEXT NOT NULL, result_hash TEXT NOT NULL, words INTEGER NOT NULL,
            revision INTEGER NOT NULL);
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE TABLE article_locations (
            article_id TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, file, line)) WITHOUT ROWID;
        CREATE INDEX article_locations_file ON article_locations(file);
        CREATE TABLE article_paragraphs (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL, paragraph_id TEXT NOT NULL, role TEXT NOT NULL,
            file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
        CREATE INDEX article_paragraphs_paragraph ON article_paragraphs(paragraph_id);
        CREATE TABLE paragraph_locations (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL, paragraph_id TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx, file, line)) WITHOUT ROWID;
        CREATE INDEX paragraph_locations_paragraph ON paragraph_locations(article_id, paragraph_id);
        CREATE INDEX paragraph_locations_file ON paragraph_locations(file);
        CREATE TABLE paragraphs (id TEXT PRIMARY KEY, role TEXT NOT NULL, text TEXT NOT NULL, revision INTEGER NOT NULL);
        CREATE TABLE sentences (
            id TEXT NOT NULL, article_id TEXT NOT NULL, paragraph_id TEXT NOT NULL, role TEXT NOT NULL,
            file TEXT NOT NULL, line INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
            revision INTEGER NOT NULL,
            PRIMARY KEY (id, article_id)) WITHOUT ROWID;
        CREATE INDEX sentences_article ON sentences(article_id);
        CREATE INDEX sentences_revision ON sentences(revision);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL, paragraph_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            entity_id TEXT NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL, sentence_id TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph_id, start, end, entity_id)) WITHOUT ROWID;
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE observations (
            article_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, subtype TEXT,
            aliases TEXT NOT NULL, discovered INTEGER NOT NULL, confidence REAL NOT NULL,
            PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID;
        CREATE INDEX observations_article ON observations(article_id);
        CREATE TABLE learned_aliases (
            article_id TEXT NOT NULL, entity_id TEXT NOT NULL, alias TEXT NOT NULL, paragraph_id TEXT NOT NULL,
            file TEXT NOT NULL, line INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id, alias, paragraph_id, start)) WITHOUT ROWID;
        CREATE INDEX learned_aliases_entity ON learned_aliases(entity_id);
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, subtype TEXT, aliases TEXT NOT NULL,
            discovered INTEGER NOT NULL, confidence REAL NOT NULL, mentions INTEGER NOT NULL, revision INTEGER NOT NULL);
        CREATE INDEX entities_revision ON entities(revision);
        CREATE TABLE mention_counts (
            entity_id TEXT NOT NULL, article_id TEXT NOT NULL, count INTEGER NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID;
        CREATE INDEX mention_counts_article ON mention_counts(article_id);
        CREATE TABLE comention_occurrences (
            article_id TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, paragraph_id TEXT NOT NULL,
            sentence_id TEXT NOT NULL, demonym_only INTEGER NOT NULL,
            PRIMARY KEY (a, b, article_id, paragraph_id, sentence_id)) WITHOUT ROWID;
        CREATE INDEX comention_occurrences_article ON comention_occurrences(article_id);
        CREATE TABLE comentions (
            a TEXT NOT NULL, b TEXT NOT NULL, sentences INTEGER NOT NULL, paragraphs INTEGER NOT NULL,
            articles INTEGER NOT NULL, first TEXT, last TEXT, demonym_only INTEGER NOT NULL,
            evidence TEXT NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY (a, b)) WITHOUT ROWID;
        CREATE TABLE claim_evidence (
            article_id TEXT NOT NULL, claim_id TEXT NOT NULL, sentence_id TEXT NOT NULL, file TEXT NOT NULL,
            line INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, trigger TEXT NOT NULL,
            confidence REAL NOT NULL, subject TEXT NOT NULL, predicate TEXT NOT NULL, predicate_class TEXT NOT NULL,
            object TEXT NOT NULL, negated INTEGER NOT NULL, hedged INTEGER NOT NULL, source TEXT, time TEXT,
            qualifier TEXT,
            PRIMARY KEY (claim_id, article_id, sentence_id, start)) WITHOUT ROWID;
        CREATE INDEX claim_evidence_article ON claim_evidence(article_id);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, predicate_class TEXT NOT NULL,
            object TEXT NOT NULL, negated INTEGER NOT NULL, hedged INTEGER NOT NULL, source TEXT, time TEXT,
            qualifier TEXT, confidence REAL NOT NULL, revision INTEGER NOT NULL);
        CREATE TABLE files (path TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE watermarks (consumer TEXT PRIMARY KEY, revision INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE tombstones (
            kind TEXT NOT NULL, key TEXT NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY (kind, key)) WITHOUT ROWID;
        CREATE INDEX tombstones_revision ON tombstones(revision);
        """,
    ];

    /// <summary>Marker row that, with the application id, tells a KnowledgeGraph store from any other SQLite file.</summary>
    public const string FormatKey = "format";

    public const string FormatValue = "knowledgegraph-store";
}
