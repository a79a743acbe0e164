namespace KnowledgeGraph.Tests.Export;

/// <summary>A fresh temp folder for one export test, deleted on dispose.</summary>
internal sealed class ExportDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-export-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
