using KnowledgeGraph.Configuration;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The one place the CLI opens the graph store for reading (query, stats, export, load).</summary>
internal static class StoreOpener
{
    /// <summary>Where `kg build` writes the store unless --store (or kg.yaml's store) says otherwise.</summary>
    public const string DefaultPath = GraphStore.DefaultPath;

    /// <summary>
    /// Opens the SQLite store at <paramref name="path"/> for reading (writable only for consumer watermarks). The default
    /// path gives way to kg.yaml's <c>store</c> when the working directory has one, as for `kg build`. The store stays
    /// open for the life of the process, which is the life of one command.
    /// </summary>
    /// <exception cref="KgException">KG6006 when there is no store, KG6002/KG6003/KG6004 when the file is not a usable store, KG9001 for a bad kg.yaml.</exception>
    public static IGraphReader OpenReader(string path) =>
        GraphStore.Open(path == DefaultPath ? KgConfig.Load().Store : path, StoreMode.Update).Reader;
}
