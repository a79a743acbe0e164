using System.CommandLine;
using KnowledgeGraph.Query;

namespace KnowledgeGraph.Cli.Options;

/// <summary>`--rank pmi|count|claims`, the same choices for every query (see <see cref="RankBy"/>), each command with its own default.</summary>
internal static class RankOption
{
    /// <summary>The names on the command line, in the order of <see cref="RankBy"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<RankBy>().Select(Name).ToList();

    /// <summary>A --rank option whose default is <paramref name="defaultRank"/>; <paramref name="meaning"/> says what each choice ranks here.</summary>
    public static Option<string> Create(RankBy defaultRank, string meaning)
    {
        var option = new Option<string>("--rank")
        {
            Description = $"Rank by {string.Join("|", Names)} (default {Name(defaultRank)}): {meaning}",
            DefaultValueFactory = _ => Name(defaultRank),
        };
        option.AcceptOnlyFromAmong([.. Names]);
        return option;
    }

    /// <summary>The ranking named <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    public static RankBy Parse(string? name) => Enum.Parse<RankBy>(name ?? nameof(RankBy.Claims), ignoreCase: true);

    /// <summary>"pmi", "count", "claims".</summary>
    public static string Name(RankBy rank) => rank.ToString().ToLowerInvariant();
}
