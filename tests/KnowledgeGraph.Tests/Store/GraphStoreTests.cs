using KnowledgeGraph.Build;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Store;

[TestFixture]
internal sealed class GraphStoreTests
{
    private static readonly Document Void = TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, "2023-02-01", SeedLines.Spared, SeedLines.Aid);
    private static readonly Document Outlook = TestDocuments.Article("a.txt", 7, SeedLines.TitleOutlook, "2022-12-28", SeedLines.MoscowFormat, SeedLines.Optics);
    private static readonly Document Talks = TestDocuments.Article("b.txt", 1, SeedLines.TitleTalibanTalks, "2023-03-10", SeedLines.Delegations, SeedLines.Aid);

    [Test]
    public void Open_NewFile_CreatesVersionedStoreWithApplicationId()
    {
        using var temp = new TempStore();
        using (GraphStore store = temp.Open())
        {
            Assert.That(store.Revision, Is.Zero);
        }

        using var connection = new SqliteConnection($"Data Source={temp.StorePath};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version), (SELECT value FROM meta WHERE key = 'format')", connection);
        using SqliteDataReader row = command.ExecuteReader();
        row.Read();
        Assert.That(row.GetInt64(0), Is.EqualTo(StoreSchema.ApplicationId));
        Assert.That(row.GetInt64(1), Is.EqualTo(StoreSchema.CurrentVersion));
        Assert.That(row.GetString(2), Is.EqualTo(StoreSchema.FormatValue));
    }

    [TestCase("not a database at all, just text\n")]
    [TestCase("SQLite format 3\0 but then garbage that is no b-tree page at all, padded out .......................................")]
    public void Open_DamagedFile_ThrowsStoreCorruptAndLeavesFileAlone(string content)
    {
        using var temp = new TempStore();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.StorePath)!);
        File.WriteAllText(temp.StorePath, content);

        var error = Assert.Throws<KgException>(() => temp.Open());

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.StoreCorrupt));
        Assert.That(File.ReadAllText(temp.StorePath), Is.EqualTo(content));
    }

    [Test]
    public void Open_ForeignSqliteDatabase_ThrowsStoreForeign()
    {
        using var temp = new TempStore();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.StorePath)!);
        using (var connection = new SqliteConnection($"Data Source={temp.StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = new SqliteCommand("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)", connection);
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<KgException>(() => temp.Open());

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.StoreForeign));
    }

    [Test]
    public void Open_NewerSchemaVersion_ThrowsStoreNewerSchema()
    {
        using var temp = new TempStore();
        temp.Open().Dispose();
        using (var connection = new SqliteConnection($"Data Source={temp.StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = new SqliteCommand($"PRAGMA user_version = {StoreSchema.CurrentVersion + 1}", connection);
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<KgException>(() => temp.Open());

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.StoreNewerSchema));
    }

    [Test]
    public void Open_ReadModeWithoutFile_ThrowsStoreNotFound()
    {
        using var temp = new TempStore();

        var error = Assert.Throws<KgException>(() => temp.Open(StoreMode.Read));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.StoreNotFound));
        Assert.That(File.Exists(temp.StorePath), Is.False);
    }

    [Test]
    public void Open_ExistingStoreTwice_KeepsItsContent()
    {
        using var temp = new TempStore();
        temp.Build([TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, SeedLines.Aid)]);
        string before = temp.Dump();

        temp.Open().Dispose();

        Assert.That(temp.Dump(), Is.EqualTo(before));
    }

    [TestCase(false, TestName = "Open_UpdateAfterABulkLoadFailedMidway_EqualsAFreshBuildOfTheCommittedArticles")]
    [TestCase(true, TestName = "Open_UpdateAfterAReloadFailedMidway_EqualsAFreshBuildOfTheCommittedArticles")]
    public void Open_UpdateAfterABuildFailedMidway_EqualsAFreshBuildOfTheCommittedArticles(bool reload)
    {
        using var temp = new TempStore();
        if (reload)
        {
            temp.Build([Void]);
        }

        // Batches of one, failing before the second commits: Void (or, on a reload, Outlook) is committed but not settled.
        Assert.Throws<InvalidOperationException>(() => temp.Build([Void, Outlook, Talks], batchSize: 1, beforeCommit: FailAt(2)));
        using (GraphStore raw = temp.Open(StoreMode.Read))
        {
            Assert.That(raw.HasUnsettledWork(), Is.True, "the failed build left its aggregates unsettled");
        }

        using var fresh = new TempStore();
        fresh.Build(reload ? [Void, Outlook] : [Void]);

        using (GraphStore store = temp.Open(StoreMode.Update))
        {
            Assert.That(store.HasUnsettledWork(), Is.False);
        }

        Assert.That(temp.Dump(), Is.EqualTo(fresh.Dump()));
    }

    [Test]
    public void Open_UpdateWhileABuildHoldsTheWriterLock_LeavesTheSettleToTheWriter()
    {
        using var temp = new TempStore();
        Assert.Throws<InvalidOperationException>(() => temp.Build([Void, Outlook], batchSize: 1, beforeCommit: FailAt(2)));

        using (StoreLock writer = StoreLock.Acquire(temp.StorePath))
        using (GraphStore store = temp.Open(StoreMode.Update))
        {
            Assert.That(store.HasUnsettledWork(), Is.True);
        }

        using (GraphStore store = temp.Open(StoreMode.Update))
        {
            Assert.That(store.HasUnsettledWork(), Is.False);
            Assert.That(store.Reader.Entities().Select(e => e.Id), Does.Contain("china").And.Contain("taliban"));
        }
    }

    [Test]
    public void SettleInterrupted_SettleAllWithEdgeNoOccurrenceSupports_RemovesAndTombstonesItAndClearsLiveEdgesTombstone()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        using GraphStore store = temp.Open();
        string live;
        long edges;
        using (SqliteTransaction transaction = store.Connection.BeginTransaction())
        {
            live = (string)Scalar(store, transaction, "SELECT a || '|' || b FROM comentions ORDER BY a, b LIMIT 1")!;
            edges = (long)Scalar(store, transaction, "SELECT count(*) FROM comentions")!;
            Scalar(store, transaction, "INSERT INTO comentions(a, b, sentences, paragraphs, articles, first, last, demonym_only, revision) VALUES ('pakistan', 'zz-gone', 1, 1, 1, NULL, NULL, 0, 1)");
            Scalar(store, transaction, $"INSERT INTO tombstones(kind, key, revision) VALUES ('comention', '{live}', 1)");
            store.SetMeta(AggregateSettler.SettleAllKey, "all", transaction);
            transaction.Commit();
        }

        AggregateChanges? changes = store.SettleInterrupted();

        Assert.That(changes, Is.Not.Null);
        Assert.That((changes!.EdgesAdded, changes.EdgesRemoved), Is.EqualTo((0L, 1L)));
        Assert.That(Scalar(store, null, "SELECT count(*) FROM comentions"), Is.EqualTo(edges));
        Assert.That(Scalar(store, null, "SELECT group_concat(key) FROM tombstones WHERE kind = 'comention'"), Is.EqualTo("pakistan|zz-gone"));
    }

    private static object? Scalar(GraphStore store, SqliteTransaction? transaction, string sql)
    {
        using var command = new SqliteCommand(sql, store.Connection, transaction);
        return command.ExecuteScalar();
    }

    private static Action<int> FailAt(int batch) => n =>
    {
        if (n == batch)
        {
            throw new InvalidOperationException("simulated crash");
        }
    };
}
