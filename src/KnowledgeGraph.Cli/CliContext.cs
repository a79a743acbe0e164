using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli;

/// <summary>
/// What every command gets from outside: the <see cref="KgConsole"/> it prints through, the settings of kg.yaml,
/// and how to open a store for reading. <see cref="ForProcess"/> is the real terminal, kg.yaml in the working
/// directory and the SQLite store; tests pass their own writers and an in-memory reader.
/// </summary>
internal sealed record CliContext(KgConsole Console, KgSettings Settings, Func<string, IGraphReader> OpenReader)
{
    /// <summary>The terminal, the working directory's kg.yaml and the SQLite store.</summary>
    public static CliContext ForProcess() => new(KgConsole.ForProcess(), new KgSettings(), OpenStore);

    /// <summary>
    /// Opens the SQLite store at <paramref name="path"/> for reading (writable only for consumer watermarks); it stays
    /// open for the life of the process, which is the life of one command.
    /// </summary>
    /// <exception cref="Diagnostics.KgException">KG6006 when there is no store, KG6002/KG6003/KG6004 when the file is not a usable store.</exception>
    public static IGraphReader OpenStore(string path) => GraphStore.Open(path, StoreMode.Update).Reader;

    /// <summary>Opens the store named by --store (<paramref name="flag"/>), else kg.yaml's, else the default, and runs <paramref name="action"/> on it.</summary>
    public T WithReader<T>(string? flag, Func<IGraphReader, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        IGraphReader reader = OpenReader(Settings.Store(flag));
        using (reader as IDisposable)
        {
            return action(reader);
        }
    }

    /// <summary>As <see cref="WithReader{T}"/>, on a snapshot of the whole store.</summary>
    public T WithSnapshot<T>(string? flag, Func<GraphSnapshot, T> action) => WithReader(flag, reader => action(GraphSnapshot.Load(reader)));
}
