using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options the read-side commands (query, stats, export) share; each call makes a new instance.</summary>
internal static class ReadOptions
{
    public static Option<string> Store() => new("--store")
    {
        Description = $"Path of the graph store (default {StoreOpener.DefaultPath}).",
        DefaultValueFactory = _ => StoreOpener.DefaultPath,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static Option<int> Limit(int defaultValue) => new("--limit")
    {
        Description = $"How many results to show.",
        DefaultValueFactory = _ => defaultValue,
    };
}
