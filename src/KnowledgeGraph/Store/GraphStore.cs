using System.Globalization;
using KnowledgeGraph.Build;
using KnowledgeGraph.Diagnostics;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store;

/// <summary>
/// An open SQLite store (default <c>graph/kg.db</c>). Opening checks that the file is a KnowledgeGraph store
/// (KG6002 not SQLite or damaged, KG6003 foreign, KG6004 newer schema) and migrates an older one; nothing is ever
/// written to a file that fails those checks. Damage deeper in the file is found by SQLite when it reads the page
/// (SQLITE_CORRUPT), which callers report as KG6002 (see <see cref="IsCorruption"/>); a full integrity scan on every
/// open would cost as much as a no-change reload. The connection is not thread-safe: one store per thread.
/// A build settles its aggregates at its end; one killed before leaves them unsettled (pending keys, or a bulk load's
/// settle-all flag). Opening in <see cref="StoreMode.Update"/> settles that work first when the writer lock is free,
/// and a build does so (<see cref="SettleInterrupted"/>) before it writes, so every reader that can write sees
/// settled totals for every committed article.
/// </summary>
internal sealed class GraphStore : IDisposable, IBuildStore
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    private RunLedger? ledger;

    private GraphStore(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
        Reader = new SqliteGraphReader(connection);
    }

    /// <summary>The default store path, relative to the working directory.</summary>
    public const string DefaultPath = "graph/kg.db";

    public string Path { get; }

    public SqliteConnection Connection { get; }

    /// <summary>The read model over this store.</summary>
    public SqliteGraphReader Reader { get; }

    /// <summary>The revision of the last committed write (0 for an empty store).</summary>
    public long Revision => Reader.Revision;

    /// <summary>Opens (and in <see cref="StoreMode.Write"/> creates or migrates) the store at <paramref name="path"/>.</summary>
    public static GraphStore Open(string path, StoreMode mode)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CheckHeader(path, mode);
        if (mode == StoreMode.Write)
        {
            string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode switch { StoreMode.Write => SqliteOpenMode.ReadWriteCreate, StoreMode.Update => SqliteOpenMode.ReadWrite, _ => SqliteOpenMode.ReadOnly },
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // The hex id readers show for an integer key, for set-wise statements that write tombstones.
            connection.CreateFunction("kg_hex", (long key) => StoreKeys.Hex(key), isDeterministic: true);
            Prepare(connection, path, mode);
        }
        catch (SqliteException e) when (IsCorruption(e))
        {
            connection.Dispose();
            throw new KgException(ErrorCodes.StoreCorrupt, $"the store is damaged or not a SQLite database ({e.Message}); move it aside and run `kg build` again", path, inner: e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        var store = new GraphStore(path, connection);
        if (mode == StoreMode.Update && store.HasUnsettledWork())
        {
            store.SettleIfIdle();
        }

        return store;
    }

    /// <summary>True for the SQLite errors that mean a damaged or non-database file (SQLITE_CORRUPT, SQLITE_NOTADB).</summary>
    public static bool IsCorruption(SqliteException e) => e.SqliteErrorCode is 11 or 26;

    /// <summary>Reads a value of the meta table, or null.</summary>
    public string? GetMeta(string key, SqliteTransaction? transaction = null)
    {
        using SqliteCommand command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Sets a value of the meta table inside <paramref name="transaction"/>.</summary>
    public void SetMeta(string key, string value, SqliteTransaction transaction)
    {
        using SqliteCommand command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        ledger?.Dispose();
        Connection.Dispose();
    }

    /// <summary>True when a build was interrupted before it settled its aggregates (pending keys, or the settle-all flag).</summary>
    public bool HasUnsettledWork()
    {
        using var command = new SqliteCommand($"SELECT EXISTS (SELECT 1 FROM pending) OR EXISTS (SELECT 1 FROM meta WHERE key = '{AggregateSettler.SettleAllKey}')", Connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>
    /// Settles what an interrupted build left unsettled, in one transaction at the next revision (so consumers that
    /// follow revisions see every row it changes); null when nothing was left. The caller holds the writer lock.
    /// </summary>
    public AggregateChanges? SettleInterrupted()
    {
        if (!HasUnsettledWork())
        {
            return null;
        }

        long revision = Revision + 1;
        using var tx = new StoreTransaction(this, revision);
        AggregateChanges changes = AggregateSettler.Settle(tx, new AffectedKeys());
        if (tx.Changes > 0)
        {
            SetMeta("revision", revision.ToString(CultureInfo.InvariantCulture), tx.Transaction);
        }

        tx.Commit();
        return changes;
    }

    public IReadOnlyDictionary<string, FileStamp> FileStamps()
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        using SqliteCommand command = Connection.CreateCommand();
        command.CommandText = "SELECT path, hash, size, mtime FROM files";
        using SqliteDataReader row = command.ExecuteReader();
        while (row.Read())
        {
            stamps[row.GetString(0)] = new FileStamp(row.GetString(1), row.GetInt64(2), row.GetInt64(3));
        }

        return stamps;
    }

    public bool HasStaleArticles(string fingerprint)
    {
        using SqliteCommand command = Connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM articles WHERE fingerprint <> $fp LIMIT 1";
        command.Parameters.AddWithValue("$fp", fingerprint);
        return command.ExecuteScalar() is not null;
    }

    public StoredArticle? FindArticle(string articleId)
    {
        using SqliteCommand command = Connection.CreateCommand();
        command.CommandText = "SELECT content_hash, fingerprint, result_hash FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", StoreKeys.Of(articleId));
        using SqliteDataReader row = command.ExecuteReader();
        return row.Read() ? new StoredArticle(StoreKeys.Hex(row.GetInt64(0)), row.GetString(1), StoreKeys.Hex(row.GetInt64(2))) : null;
    }

    public bool HasLocationIn(string articleId, IReadOnlySet<string> files)
    {
        if (files.Count == 0)
        {
            return false;
        }

        using SqliteCommand command = Connection.CreateCommand();
        command.CommandText = "SELECT file FROM article_locations WHERE article_id = $id";
        command.Parameters.AddWithValue("$id", StoreKeys.Of(articleId));
        using SqliteDataReader row = command.ExecuteReader();
        while (row.Read())
        {
            if (files.Contains(row.GetString(0)))
            {
                return true;
            }
        }

        return false;
    }

    public IRunLedger BeginRun()
    {
        ledger?.Dispose();
        ledger = new RunLedger(Connection);
        return ledger;
    }

    public int CountUnseenIn(IReadOnlyCollection<string> files) => files.Count == 0 ? 0 : (ledger ?? (RunLedger)BeginRun()).CountUnseenIn(files);

    public IBatchWriter BeginBatch(string fingerprint, long revision) => new BatchWriter(this, fingerprint, revision);

    public FinishResult Finish(RunOutcome run, long revision, bool wroteBefore) => new RunFinisher(this, run, revision).Finish(wroteBefore);

    public StoreCounts Counts() => StoreStatistics.Count(this);

    /// <summary>Settles an interrupted build's work if no build holds the writer lock now; a running build settles its own.</summary>
    private void SettleIfIdle()
    {
        using StoreLock? writer = StoreLock.TryAcquire(Path);
        if (writer is not null)
        {
            SettleInterrupted();
        }
    }

    private static void CheckHeader(string path, StoreMode mode)
    {
        if (!File.Exists(path))
        {
            if (mode != StoreMode.Write)
            {
                throw new KgException(ErrorCodes.StoreNotFound, "no store here; run `kg build` first or pass --store PATH", path);
            }

            return;
        }

        Span<byte> header = stackalloc byte[16];
        int read;
        using (FileStream stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(header, 16, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            return;
        }

        if (read < 16 || !header.SequenceEqual(SqliteHeader))
        {
            throw new KgException(ErrorCodes.StoreCorrupt, "not a SQLite database (damaged, or another kind of file); move it aside or pass another --store", path);
        }
    }

    private static void Prepare(SqliteConnection connection, string path, StoreMode mode)
    {
        long applicationId = Scalar(connection, "PRAGMA application_id");
        long version = Scalar(connection, "PRAGMA user_version");
        long tables = Scalar(connection, "SELECT count(*) FROM sqlite_master");
        bool empty = applicationId == 0 && version == 0 && tables == 0;
        if (!empty && applicationId != StoreSchema.ApplicationId)
        {
            throw new KgException(ErrorCodes.StoreForeign, "this SQLite file is not a KnowledgeGraph store (unknown application id); pass another --store", path);
        }

        if (version > StoreSchema.CurrentVersion)
        {
            throw new KgException(ErrorCodes.StoreNewerSchema, $"the store has schema version {version}, newer than this kg understands ({StoreSchema.CurrentVersion}); upgrade kg", path);
        }

        if (mode != StoreMode.Write)
        {
            if (empty || version < StoreSchema.CurrentVersion)
            {
                throw new KgException(ErrorCodes.StoreNotFound, "the store is empty or from an older kg; run `kg build` to create or migrate it", path);
            }

            CheckFormat(connection, path);
            return;
        }

        // Temp tables, sorts and index builds spill to temp files beyond the page cache (temp_store = FILE): in memory
        // they grew with the corpus, to 1.47 GB when a 1,000× bulk load built its deferred indexes.
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = FILE;");
        if (!empty)
        {
            CheckFormat(connection, path);
        }

        Migrate(connection, version);
        foreach ((_, string sql) in StoreSchema.DeferredIndexes)
        {
            // A bulk load killed before its end left them out: any other build may need them.
            Execute(connection, sql);
        }
    }

    private static void CheckFormat(SqliteConnection connection, string path)
    {
        using var command = new SqliteCommand("SELECT value FROM meta WHERE key = $key", connection);
        command.Parameters.AddWithValue("$key", StoreSchema.FormatKey);
        if (command.ExecuteScalar() as string != StoreSchema.FormatValue)
        {
            throw new KgException(ErrorCodes.StoreForeign, "the store's meta table does not identify a KnowledgeGraph store; pass another --store", path);
        }
    }

    private static void Migrate(SqliteConnection connection, long version)
    {
        for (long next = version; next < StoreSchema.CurrentVersion; next++)
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            using (var command = new SqliteCommand(StoreSchema.Migrations[(int)next], connection, transaction))
            {
                command.ExecuteNonQuery();
            }

            string stamp = $"PRAGMA application_id = {StoreSchema.ApplicationId}; PRAGMA user_version = {next + 1};";
            using (var command = new SqliteCommand(stamp, connection, transaction))
            {
                command.ExecuteNonQuery();
            }

            if (next == 0)
            {
                using var command = new SqliteCommand("INSERT INTO meta(key, value) VALUES ($k, $v), ('revision', '0')", connection, transaction);
                command.Parameters.AddWithValue("$k", StoreSchema.FormatKey);
                command.Parameters.AddWithValue("$v", StoreSchema.FormatValue);
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
