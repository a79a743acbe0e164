using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options the read-side commands (query, stats, export) share; each call makes a new instance.</summary>
internal static class ReadOptions
{
    /// <summary>--store PATH, default <see cref="StoreOpener.DefaultPath"/>.</summary>
    public static Option<string> Store() => new("--store")
    {
        Description = $"Path of the graph store (default {StoreOpener.DefaultPath}).",
        DefaultValueFactory = _ => StoreOpener.DefaultPath,
    };

    /// <summary>--json: machine-readable output.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    /// <summary>--limit N with the given default.</summary>
    public static Option<int> Limit(int defaultValue) => new("--limit")
    {
        Description = $"How many results to show.",
        DefaultValueFactory = _ => defaultValue,
    };
}
