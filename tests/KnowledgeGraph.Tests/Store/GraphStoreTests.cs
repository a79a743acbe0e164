using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Store;

[TestFixture]
internal sealed class GraphStoreTests
{
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
}
