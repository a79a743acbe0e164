using KnowledgeGraph.Build;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>
/// A build's run ledger (<see cref="IRunLedger"/>) as temp tables of the store's connection: run_hashes (content hash
/// → article id), run_ids (ids given), run_article_locations, run_paragraph_locations and run_new (first place of
/// each new article), keyed like the store (content ids as integers). Temp tables spill to a temp file beyond the
/// page cache (<c>temp_store = FILE</c>) and vanish with the connection, so they cost no memory per article and leave
/// nothing in the store. <see cref="RunFinisher"/> joins them against the stored locations.
/// </summary>
internal sealed class RunLedger : IRunLedger, IDisposable
{
    private const string Schema =
        """
        CREATE TEMP TABLE IF NOT EXISTS run_hashes (hash INTEGER PRIMARY KEY, id INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS temp.run_hashes_id ON run_hashes(id);
        CREATE TEMP TABLE IF NOT EXISTS run_ids (id INTEGER PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS run_article_locations (
            article_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, file, line)) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS run_paragraph_locations (
            article_id INTEGER NOT NULL, idx INTEGER NOT NULL, paragraph_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx, file, line, paragraph_id)) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS run_new (file TEXT NOT NULL, line INTEGER NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (file, line)) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS run_files (path TEXT PRIMARY KEY) WITHOUT ROWID;
        DELETE FROM run_hashes; DELETE FROM run_ids; DELETE FROM run_article_locations; DELETE FROM run_paragraph_locations;
        DELETE FROM run_new; DELETE FROM run_files;
        """;

    private readonly SqliteConnection connection;
    private readonly PreparedStatement idOf;
    private readonly PreparedStatement hasId;
    private readonly PreparedStatement addHash;
    private readonly PreparedStatement addId;
    private readonly PreparedStatement addArticle;
    private readonly PreparedStatement addParagraph;
    private readonly PreparedStatement addNew;

    /// <summary>Creates the ledger's tables (emptied, if an earlier build on this connection left rows).</summary>
    public RunLedger(SqliteConnection connection)
    {
        this.connection = connection;
        using (var command = new SqliteCommand(Schema, connection))
        {
            command.ExecuteNonQuery();
        }

        idOf = new PreparedStatement(connection, "SELECT id FROM run_hashes WHERE hash = ?1");
        hasId = new PreparedStatement(connection, "SELECT 1 FROM run_ids WHERE id = ?1");
        addHash = new PreparedStatement(connection, "INSERT INTO run_hashes(hash, id) VALUES (?1, ?2) ON CONFLICT(hash) DO UPDATE SET id = excluded.id");
        addId = new PreparedStatement(connection, "INSERT OR IGNORE INTO run_ids(id) VALUES (?1)");
        addArticle = new PreparedStatement(connection, "INSERT OR IGNORE INTO run_article_locations(article_id, file, line) VALUES (?1, ?2, ?3)");
        addParagraph = new PreparedStatement(connection, "INSERT OR IGNORE INTO run_paragraph_locations(article_id, idx, paragraph_id, file, line) VALUES (?1, ?2, ?3, ?4, ?5)");
        addNew = new PreparedStatement(connection, "INSERT OR IGNORE INTO run_new(file, line, article_id) VALUES (?1, ?2, ?3)");
    }

    public string? IdOf(string contentHash)
    {
        string? id = null;
        idOf.Bind(1, StoreKeys.Of(contentHash)).Each(row => id = StoreKeys.Hex(row.Long(0)));
        return id;
    }

    public bool HasId(string articleId)
    {
        bool found = false;
        hasId.Bind(1, StoreKeys.Of(articleId)).Each(_ => found = true);
        return found;
    }

    public void Append(RunSlice slice)
    {
        // Temp tables only: nothing is written to the store file, and nothing is synced.
        using SqliteTransaction transaction = connection.BeginTransaction();
        foreach (string id in slice.Ids)
        {
            addId.Bind(1, StoreKeys.Of(id)).Run();
        }

        foreach ((string hash, string id) in slice.IdByHash)
        {
            addHash.Bind(1, StoreKeys.Of(hash)).Bind(2, StoreKeys.Of(id)).Run();
        }

        foreach ((string article, string file, int line) in slice.ArticleLocations)
        {
            addArticle.Bind(1, StoreKeys.Of(article)).Bind(2, file).Bind(3, line).Run();
        }

        foreach ((string article, int index, string paragraph, string file, int line) in slice.ParagraphLocations)
        {
            addParagraph.Bind(1, StoreKeys.Of(article)).Bind(2, index).Bind(3, StoreKeys.Of(paragraph)).Bind(4, file).Bind(5, line).Run();
        }

        foreach (((string file, int line), string article) in slice.NewArticlesAt)
        {
            addNew.Bind(1, file).Bind(2, line).Bind(3, StoreKeys.Of(article)).Run();
        }

        transaction.Commit();
    }

    /// <summary>Stored articles with a location in <paramref name="files"/> that this run has not seen.</summary>
    public int CountUnseenIn(IReadOnlyCollection<string> files)
    {
        using (SqliteTransaction transaction = connection.BeginTransaction())
        {
            using var clear = new SqliteCommand("DELETE FROM run_files", connection, transaction);
            clear.ExecuteNonQuery();
            using var insert = new PreparedStatement(connection, "INSERT OR IGNORE INTO run_files(path) VALUES (?1)");
            foreach (string file in files)
            {
                insert.Bind(1, file).Run();
            }

            transaction.Commit();
        }

        using var count = new SqliteCommand(
            """
            SELECT count(DISTINCT a.id) FROM run_files f JOIN article_locations l ON l.file = f.path JOIN articles a ON a.seq = l.article_id
            WHERE NOT EXISTS (SELECT 1 FROM run_hashes h WHERE h.id = a.id)
            """,
            connection);
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (PreparedStatement statement in (PreparedStatement[])[idOf, hasId, addHash, addId, addArticle, addParagraph, addNew])
        {
            statement.Dispose();
        }
    }
}
