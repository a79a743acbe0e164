using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// A temp working directory holding the repository's gazetteers/, its language model (models/, linked rather than
/// copied where the system allows) and copies of seed files (as seeds/…), deleted on dispose.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public const string First = "000_b1cf9653562b7715.txt";
    public const string Second = "003_df5809cbc19a0e8f.txt";

    public Workspace(params string[] seedFiles)
    {
        Folder = Path.Combine(Path.GetTempPath(), "kg-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "seeds"));
        string gazetteers = Path.Combine(Path.GetDirectoryName(SeedsFolder)!, "gazetteers");
        Directory.CreateDirectory(Path.Combine(Folder, "gazetteers"));
        foreach (string file in Directory.GetFiles(gazetteers))
        {
            File.Copy(file, Path.Combine(Folder, "gazetteers", Path.GetFileName(file)));
        }

        LinkModel();
        foreach (string name in seedFiles)
        {
            AddSeed(name);
        }
    }

    public string Folder { get; }

    public string StorePath => Path.Combine(Folder, "graph", "kg.db");

    /// <summary>The repository's seeds/ folder, found by walking up from the test binaries.</summary>
    public static string SeedsFolder => Path.Combine(KnowledgeGraph.Cli.Tests.Kg.Root, "seeds");

    public void AddSeed(string name) => File.Copy(Path.Combine(SeedsFolder, name), Path.Combine(Folder, "seeds", name), overwrite: true);

    public string SeedPath(string name) => Path.Combine(Folder, "seeds", name);

    public KgRun Kg(params string[] args) => KgRun.Start(Folder, args);

    public KgRun Kg(IReadOnlyDictionary<string, string> environment, params string[] args) => KgRun.Start(Folder, environment, args);

    public string Dump()
    {
        using GraphStore store = GraphStore.Open(StorePath, StoreMode.Read);
        return StoreDump.Of(store);
    }

    /// <summary>
    /// The dump of a copy of the store whose every entity, edge and claim is derived again from the stored facts (as
    /// after a bulk load), to compare with a store whose aggregates were settled key by key.
    /// </summary>
    public string DumpSettledFromScratch()
    {
        string copy = Path.Combine(Folder, "scratch", "kg.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        using (GraphStore store = GraphStore.Open(StorePath, StoreMode.Read))
        using (var command = new Microsoft.Data.Sqlite.SqliteCommand("VACUUM INTO $path", store.Connection))
        {
            command.Parameters.AddWithValue("$path", copy);
            command.ExecuteNonQuery();
        }

        using GraphStore settled = GraphStore.Open(copy, StoreMode.Write);
        using (Microsoft.Data.Sqlite.SqliteTransaction transaction = settled.Connection.BeginTransaction())
        {
            settled.SetMeta(AggregateSettler.SettleAllKey, "all", transaction);
            transaction.Commit();
        }

        settled.SettleInterrupted();
        return StoreDump.Of(settled);
    }

    private void LinkModel()
    {
        string model = Path.Combine(KnowledgeGraph.Cli.Tests.Kg.Root, "models", "kg-en.model");
        string target = Path.Combine(Folder, "models", "kg-en.model");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.CreateSymbolicLink(target, model);
        }
        catch (IOException)
        {
            File.Copy(model, target);
        }
        catch (UnauthorizedAccessException)
        {
            File.Copy(model, target);
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
