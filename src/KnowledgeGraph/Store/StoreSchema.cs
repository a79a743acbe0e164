namespace KnowledgeGraph.Store;

/// <summary>
/// The SQLite schema of a KnowledgeGraph store and its migrations. A store is identified by
/// <c>PRAGMA application_id</c> = <see cref="ApplicationId"/> and a <c>meta</c> row; its version is
/// <c>PRAGMA user_version</c>. Migrations run in order, each inside the transaction that bumps the version.
/// </summary>
/// <remarks>
/// Two kinds of tables. Per-article facts carry <c>article_id</c> and are replaced wholesale when an article
/// changes (article_locations, article_paragraphs, paragraph_locations, sentences, mentions, article_entities: the
/// entities an article names, how often, and how it saw them, learned_aliases, comention_occurrences, claim_evidence).
/// An entity's name, type and curated aliases are kept once, in definitions, whatever the number of articles. Aggregates (paragraphs' roles, entities,
/// comentions, claims) are derived from the facts for the keys a build touched, noted in <c>pending</c> as each batch
/// commits and settled when the build finishes, so the result never depends on the order in which articles arrived.
/// Every row a reader sees records the revision that last changed it.
/// Version 2 names articles, paragraphs and claims by their 64-bit content ids as integers (the hex ids readers show
/// are these numbers), keeps a sentence as offsets into its paragraph's text (the only copy), derives co-mention
/// evidence from the occurrences, and keeps only the indexes a query needs. Articles and paragraphs also have a row
/// number (<c>seq</c>) in the order they were written; every per-article fact's <c>article_id</c> is the article's
/// <c>seq</c>, so a batch appends to the end of each table instead of writing all over it (content ids are random).
/// Anything whose result must not depend on writing order picks by content id, never by <c>seq</c>.
/// </remarks>
internal static class StoreSchema
{
    /// <summary>"KGDB" as a big-endian 32-bit integer.</summary>
    public const int ApplicationId = 0x4B474442;

    /// <summary>The schema version this code writes.</summary>
    public const int CurrentVersion = 3;

    /// <summary>Migrations: index i brings a store from version i to i + 1.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE watermarks (consumer TEXT PRIMARY KEY, revision INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE tombstones (
            kind TEXT NOT NULL, key TEXT NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY (kind, key)) WITHOUT ROWID;
        CREATE INDEX tombstones_revision ON tombstones(revision);
        CREATE TABLE files (path TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL) WITHOUT ROWID;
        """,
        // Version 1 stored text keys and sentence text twice; its content is dropped and the next build (this one)
        // reads every file again. Meta, watermarks and tombstones stay, so revisions go on rising and a Neo4j
        // consumer reloads what the build rewrites.
        """
        DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS article_locations; DROP TABLE IF EXISTS article_paragraphs;
        DROP TABLE IF EXISTS paragraph_locations; DROP TABLE IF EXISTS paragraphs; DROP TABLE IF EXISTS sentences;
        DROP TABLE IF EXISTS mentions; DROP TABLE IF EXISTS observations; DROP TABLE IF EXISTS mention_counts; DROP TABLE IF EXISTS learned_aliases;
        DROP TABLE IF EXISTS entities; DROP TABLE IF EXISTS comention_occurrences;
        DROP TABLE IF EXISTS comentions; DROP TABLE IF EXISTS claim_evidence; DROP TABLE IF EXISTS claims;
        DELETE FROM files;
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE, title TEXT, date TEXT, outlet TEXT, url TEXT, author TEXT,
            content_hash INTEGER NOT NULL, fingerprint TEXT NOT NULL, result_hash INTEGER NOT NULL, words INTEGER NOT NULL,
            revision INTEGER NOT NULL);
        CREATE TABLE article_locations (
            article_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, file, line)) WITHOUT ROWID;
        CREATE INDEX article_locations_file ON article_locations(file);
        CREATE TABLE article_paragraphs (
            article_id INTEGER NOT NULL, idx INTEGER NOT NULL, paragraph_id INTEGER NOT NULL, role TEXT NOT NULL,
            file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
        CREATE INDEX article_paragraphs_paragraph ON article_paragraphs(paragraph_id);
        CREATE TABLE paragraph_locations (
            article_id INTEGER NOT NULL, idx INTEGER NOT NULL, paragraph_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx, file, line)) WITHOUT ROWID;
        CREATE TABLE paragraphs (seq INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE, role TEXT NOT NULL, text TEXT NOT NULL, revision INTEGER NOT NULL);
        CREATE TABLE sentences (
            paragraph_id INTEGER NOT NULL, start INTEGER NOT NULL, article_id INTEGER NOT NULL, end INTEGER NOT NULL,
            role TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY (article_id, paragraph_id, start)) WITHOUT ROWID;
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL, paragraph_id INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            entity_id TEXT NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL, sentence INTEGER NOT NULL,
            PRIMARY KEY (article_id, paragraph_id, start, end, entity_id)) WITHOUT ROWID;
        CREATE TABLE article_entities (
            article_id INTEGER NOT NULL, entity_id TEXT NOT NULL, mentions INTEGER NOT NULL, definition INTEGER NOT NULL,
            confidence REAL NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID;
        CREATE TABLE definitions (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, subtype TEXT, aliases TEXT NOT NULL, discovered INTEGER NOT NULL);
        CREATE TABLE learned_aliases (
            article_id INTEGER NOT NULL, entity_id TEXT NOT NULL, alias TEXT NOT NULL, paragraph_id INTEGER NOT NULL,
            file TEXT NOT NULL, line INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id, alias, paragraph_id, start)) WITHOUT ROWID;
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, subtype TEXT, aliases TEXT NOT NULL,
            discovered INTEGER NOT NULL, confidence REAL NOT NULL, mentions INTEGER NOT NULL, revision INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE comention_occurrences (
            a TEXT NOT NULL, b TEXT NOT NULL, article_id INTEGER NOT NULL, paragraph_id INTEGER NOT NULL,
            sentence INTEGER NOT NULL, demonym_only INTEGER NOT NULL,
            PRIMARY KEY (article_id, a, b, paragraph_id, sentence)) WITHOUT ROWID;
        CREATE TABLE comentions (
            a TEXT NOT NULL, b TEXT NOT NULL, sentences INTEGER NOT NULL, paragraphs INTEGER NOT NULL,
            articles INTEGER NOT NULL, first TEXT, last TEXT, demonym_only INTEGER NOT NULL, revision INTEGER NOT NULL,
            PRIMARY KEY (a, b)) WITHOUT ROWID;
        CREATE TABLE claim_evidence (
            claim_id INTEGER NOT NULL, article_id INTEGER NOT NULL, paragraph_id INTEGER NOT NULL, sentence INTEGER NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, trigger TEXT NOT NULL,
            confidence REAL NOT NULL, subject TEXT NOT NULL, predicate TEXT NOT NULL, predicate_class TEXT NOT NULL,
            object TEXT NOT NULL, negated INTEGER NOT NULL, hedged INTEGER NOT NULL, source TEXT, time TEXT, qualifier TEXT,
            PRIMARY KEY (claim_id, article_id, paragraph_id, sentence, start)) WITHOUT ROWID;
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, predicate_class TEXT NOT NULL,
            object TEXT NOT NULL, negated INTEGER NOT NULL, hedged INTEGER NOT NULL, source TEXT, time TEXT,
            qualifier TEXT, confidence REAL NOT NULL, revision INTEGER NOT NULL);
        CREATE TABLE pending (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
        """,
        // Version 3: the pair index of co-mention occurrences becomes covering (comention_occurrences_order, deferred).
        "DROP INDEX IF EXISTS comention_occurrences_pair;",
    ];

    /// <summary>
    /// Indexes only the settling of aggregates and the replacement of articles read (never a batch of a bulk load):
    /// a build that starts on an empty store drops them and builds them once, sorted, before it settles; every
    /// write-mode open makes sure they exist (a bulk load killed before its end leaves them to the next build).
    /// </summary>
    public static IReadOnlyList<(string Name, string Sql)> DeferredIndexes { get; } =
    [
        ("mentions_entity", "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id)"),
        ("article_entities_entity", "CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities(entity_id)"),
        ("learned_aliases_entity", "CREATE INDEX IF NOT EXISTS learned_aliases_entity ON learned_aliases(entity_id)"),
        ("claim_evidence_article", "CREATE INDEX IF NOT EXISTS claim_evidence_article ON claim_evidence(article_id)"),
        ("sentences_paragraph", "CREATE INDEX IF NOT EXISTS sentences_paragraph ON sentences(paragraph_id, start)"),
        // Covering, in the order the settle reads occurrences (a, b, paragraph, sentence), so reading every pair is one
        // forward scan with no sort and no look-up into the article-ordered table (article_id rides along as key).
        ("comention_occurrences_order", "CREATE INDEX IF NOT EXISTS comention_occurrences_order ON comention_occurrences(a, b, paragraph_id, sentence, demonym_only)"),
    ];

    /// <summary>Marker row that, with the application id, tells a KnowledgeGraph store from any other SQLite file.</summary>
    public const string FormatKey = "format";

    public const string FormatValue = "knowledgegraph-store";
}
