using KnowledgeGraph.Build;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Support;

/// <summary>A real SQLite store file in a fresh temp folder, deleted on dispose.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "kg-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        StorePath = System.IO.Path.Combine(Folder, "graph", "kg.db");
    }

    public string Folder { get; }

    public string StorePath { get; }

    public GraphStore Open(StoreMode mode = StoreMode.Write) => GraphStore.Open(StorePath, mode);

    /// <summary>Runs one build of copies of <paramref name="docs"/>; files count as existing unless listed in <paramref name="gone"/>.</summary>
    public BuildSummary Build(IEnumerable<Document> docs, ExtractionPipeline? pipeline = null, bool prune = false, bool rebuild = false,
        int batchSize = 2, IReadOnlyCollection<string>? gone = null, Action<int>? beforeCommit = null, KnowledgeGraph.Diagnostics.DiagnosticBag? diagnostics = null)
    {
        using GraphStore store = Open();
        var options = new BuildOptions
        {
            Prune = prune, Rebuild = rebuild, BatchSize = batchSize, BeforeCommit = beforeCommit,
            FileExists = file => gone is null || !gone.Contains(file),
            Diagnostics = diagnostics ?? new(),
        };
        return new GraphBuilder(store, pipeline ?? TestEntities.Pipeline(), options).Build(docs.Select(TestDocuments.Copy).ToList());
    }

    public string Dump()
    {
        using GraphStore store = Open(StoreMode.Read);
        return StoreDump.Of(store);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
