using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Store;

/// <summary>
/// The writer's lock: an exclusive OS lock on "{store}.lock", held for the whole build. The OS drops it when the
/// process ends, however it ends, so a killed build never leaves a stale lock behind. A second writer gets KG6001.
/// A reader takes it only for a moment, with <see cref="TryAcquire"/>, to settle what an interrupted build left.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream stream;

    private StoreLock(FileStream stream) => this.stream = stream;

    public static StoreLock Acquire(string storePath)
    {
        string path = storePath + ".lock";
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new KgException(ErrorCodes.StoreLocked, "another `kg build` is writing this store; wait for it to finish (the lock is " + path + ")", storePath, inner: e);
        }

        return new StoreLock(stream);
    }

    /// <summary>The lock if no other writer holds it (and the lock file can be opened), else null; never waits.</summary>
    public static StoreLock? TryAcquire(string storePath)
    {
        try
        {
            return new StoreLock(new FileStream(storePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => stream.Dispose();
}
