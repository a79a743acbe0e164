using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli;

/// <summary>The one place commands open the graph store from a path.</summary>
internal static class StoreOpener
{
    /// <summary>Where `kg build` writes the store unless told otherwise.</summary>
    public const string DefaultPath = "graph/kg.db";

    /// <summary>Opens the store at <paramref name="path"/> for reading (and for moving consumer watermarks).</summary>
    public static IGraphReader OpenReader(string path)
    {
        if (!File.Exists(path))
        {
            throw new KgException(ErrorCodes.FileNotFound, $"no graph store at '{path}': run `kg build` first", path);
        }

        // The SQLite store lands on its own branch; the merge replaces this line with its constructor.
        throw new KgException(ErrorCodes.StoreForeign, "this build has no store implementation yet", path);
    }
}
