using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options several commands share; each call makes a new instance (an option belongs to one command).</summary>
internal static class CommonOptions
{
    public static Option<string> Store() => new("--store")
    {
        Description = $"Path of the graph store (default {StoreOpener.DefaultPath}).",
        DefaultValueFactory = _ => StoreOpener.DefaultPath,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static Option<int> Limit(int defaultValue) => new("--limit")
    {
        Description = $"How many results to show (default {defaultValue}).",
        DefaultValueFactory = _ => defaultValue,
    };
}
