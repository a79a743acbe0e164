using System.CommandLine;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Options shared by several commands, built fresh for each command (System.CommandLine options are not shareable).</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files or folders of .txt, .md, .html and .jsonl articles (default: seeds/).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string> Gazetteers() => new("--gazetteers")
    {
        Description = "Folder of gazetteer YAML files.",
        DefaultValueFactory = _ => "gazetteers",
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Extraction threads (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>The paths given, or seeds/ when none are.</summary>
    public static IReadOnlyList<string> PathsOrSeeds(string[]? paths) => paths is { Length: > 0 } ? paths : ["seeds"];
}
