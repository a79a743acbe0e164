namespace KnowledgeGraph.Build;

/// <summary>
/// Which stored locations a build keeps in files it did not read: all of them, unless --prune and the file is gone.
/// Remembers which files it found gone, so the summary can name the files kept only because --prune was not given.
/// </summary>
internal sealed class FileKeeper(RunState run, BuildOptions options)
{
    private readonly Dictionary<string, bool> exists = new(StringComparer.Ordinal);

    /// <summary>A location in a file not read in this run stays, unless --prune and the file is gone.</summary>
    public bool Keeps(string file) => !run.FilesRead.Contains(file) && (!options.Prune || Exists(file));

    /// <summary>Of <paramref name="files"/> (those earlier builds read), the ones gone and not read now: their articles stay until --prune.</summary>
    public IReadOnlyList<string> GoneButKept(IEnumerable<string> files) =>
        files.Where(file => !run.FilesRead.Contains(file) && !Exists(file)).Order(StringComparer.Ordinal).ToList();

    private bool Exists(string file)
    {
        if (!exists.TryGetValue(file, out bool found))
        {
            exists[file] = found = options.FileExists(file);
        }

        return found;
    }
}
