using System.CommandLine;
using System.CommandLine.Parsing;

namespace KnowledgeGraph.Cli.Options;

/// <summary>
/// The options several commands take, defined once so that they read the same everywhere. Each call makes a new
/// instance (System.CommandLine options belong to one command). Options that kg.yaml can set have no default here:
/// null means "not given", and <see cref="KgSettings"/> picks kg.yaml's value or the default.
/// </summary>
internal static class SharedOptions
{
    /// <summary>The corpus: files or folders, seeds/ when none are given.</summary>
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files or folders of .txt, .md, .html and .jsonl articles (default: seeds/).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>--gazetteers DIR (default: kg.yaml's gazetteers, else gazetteers/).</summary>
    public static Option<string?> Gazetteers() => new("--gazetteers")
    {
        Description = "Folder of gazetteer and lexicon YAML files (default: kg.yaml's gazetteers, else gazetteers/).",
    };

    /// <summary>--store PATH (default: kg.yaml's store, else graph/kg.db).</summary>
    public static Option<string?> Store() => new("--store")
    {
        Description = "SQLite graph store (default: kg.yaml's store, else graph/kg.db).",
    };

    /// <summary>--threads N (default: all cores).</summary>
    public static Option<int> Threads() => new("--threads")
    {
        Description = "Extraction threads (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Validators = { AtLeastOne },
    };

    /// <summary>--json: machine-readable output carrying everything the table shows and more.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    /// <summary>--limit N with the given default; at least 1.</summary>
    public static Option<int> Limit(int defaultValue, string what = "results") => new("--limit")
    {
        Description = $"How many {what} to show (default {defaultValue}).",
        DefaultValueFactory = _ => defaultValue,
        Validators = { AtLeastOne },
    };

    /// <summary>--evidence N: evidence sentences shown per edge or claim (JSON carries them all).</summary>
    public static Option<int> Evidence(int defaultValue) => new("--evidence")
    {
        Description = $"Evidence sentences shown per edge or claim, strongest first (default {defaultValue}; --json carries all).",
        DefaultValueFactory = _ => defaultValue,
        Validators = { NotNegative },
    };

    /// <summary>--rank pmi|count|claims (see <see cref="RankOption"/>).</summary>
    public static Option<string> Rank(Query.RankBy defaultRank, string meaning) => RankOption.Create(defaultRank, meaning);

    /// <summary>--include-demonyms: also co-mentions where one side is named only by a demonym.</summary>
    public static Option<bool> IncludeDemonyms() => new("--include-demonyms")
    {
        Description = "Also use co-mentions where one side is named only by a demonym (Chinese, Afghan).",
    };

    /// <summary>The paths given, or seeds/ when none are.</summary>
    public static IReadOnlyList<string> PathsOrSeeds(string[]? paths) => paths is { Length: > 0 } ? paths : ["seeds"];

    /// <summary>The number given on the command line, or null when none was (or it is not a number: the parser reports that itself).</summary>
    public static double? Given(OptionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Implicit && result.Tokens.Count > 0
            && double.TryParse(result.Tokens[^1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)
            ? value : null;
    }

    /// <summary>A validator for an integer option that must be 1 or more (a parse error, exit 2, otherwise).</summary>
    public static void AtLeastOne(OptionResult result)
    {
        if (Given(result) is < 1)
        {
            result.AddError($"{result.Option.Name} must be at least 1");
        }
    }

    /// <summary>A validator for an integer option that must be 0 or more.</summary>
    public static void NotNegative(OptionResult result)
    {
        if (Given(result) is < 0)
        {
            result.AddError($"{result.Option.Name} must be 0 or more");
        }
    }
}
