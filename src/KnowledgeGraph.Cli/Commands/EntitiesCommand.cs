using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Resolve;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg entities [paths] [--json]`: the resolved entity table of a corpus (default seeds/).</summary>
internal sealed class EntitiesCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        Argument<string[]> paths = SharedOptions.Paths();
        Option<bool> json = new("--json") { Description = "JSON array: id, name, type, subtype, aliases (learned included), mentions, articles, origin." };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        Option<int> threads = SharedOptions.Threads();
        var command = new Command("entities", "The resolved entity table over a corpus: every entity mentioned, with counts.") { paths, json, gazetteers, threads };
        command.SetAction(parse => Run(
            SharedOptions.PathsOrSeeds(parse.GetValue(paths)), parse.GetValue(json), context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(threads)));
        return command;
    }

    private int Run(IReadOnlyList<string> paths, bool json, string gazetteers, int threads)
    {
        EntityTally tally = CorpusRun.Tally(context.Console, paths, gazetteers, threads);
        var rows = tally.Rows.OrderByDescending(r => r.Mentions).ThenBy(r => r.Entity.Id, StringComparer.Ordinal).ToList();
        if (json)
        {
            var items = rows.Select(r => new
            {
                id = r.Entity.Id,
                name = r.Name,
                type = r.Entity.Type.ToString(),
                subtype = r.Entity.Subtype,
                aliases = r.Entity.Aliases.Select(a => a.Text).Concat(r.Entity.Acronyms).Concat(r.LearnedAliases).Distinct().ToArray(),
                learned = r.LearnedAliases.ToArray(),
                mentions = r.Mentions,
                articles = r.Articles.Count,
                origin = r.Entity.IsDiscovered ? "discovered" : "curated",
                roles = RoleGroups.Of(r.Roles),
                confidence = r.Entity.Confidence,
            });
            context.Console.Json(items);
            return ExitCodes.Success;
        }

        var table = Tables.Create("id", "name", "type", "mentions", "articles", "origin");
        foreach (EntityTallyRow r in rows)
        {
            table.AddRow(Markup.Escape(r.Entity.Id), Markup.Escape(r.Name), r.Entity.Type.ToString(), r.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Entity.IsDiscovered ? "discovered" : "curated");
        }

        context.Console.Rich.Write(table);
        return ExitCodes.Success;
    }
}
