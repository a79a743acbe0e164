using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The one place the CLI opens the graph store for reading (query, stats, export).</summary>
internal static class StoreOpener
{
    /// <summary>Where `kg build` writes the store unless --store says otherwise.</summary>
    public const string DefaultPath = "graph/kg.db";

    /// <summary>Opens the store at <paramref name="path"/> for reading.</summary>
    /// <exception cref="KgException">KG6003 until the SQLite store is wired in here.</exception>
    public static IGraphReader OpenReader(string path) =>
        throw new KgException(ErrorCodes.StoreForeign, "this build of kg cannot open graph stores yet (no store implementation is wired in)", path);
}
