using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg entities [paths] [--json]`: the resolved entity table of a corpus (default seeds/).</summary>
internal sealed class EntitiesCommand : ICliCommand
{
    public Command Build()
    {
        Argument<string[]> paths = CommonOptions.Paths();
        Option<bool> json = new("--json") { Description = "JSON array: id, name, type, subtype, aliases (learned included), mentions, articles, origin." };
        Option<string> gazetteers = CommonOptions.Gazetteers();
        Option<int> threads = CommonOptions.Threads();
        var command = new Command("entities", "The resolved entity table over a corpus: every entity mentioned, with counts.") { paths, json, gazetteers, threads };
        command.SetAction(parse => Run(CommonOptions.PathsOrSeeds(parse.GetValue(paths)), parse.GetValue(json), parse.GetValue(gazetteers)!, parse.GetValue(threads)));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, bool json, string gazetteers, int threads)
    {
        EntityTally? tally = CorpusRun.Tally(paths, gazetteers, threads);
        if (tally is null)
        {
            return 2;
        }

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
                roles = r.Roles.Select(role => new { title = role.Title, of = role.Of, evidence = role.Evidence }).ToArray(),
                confidence = r.Entity.Confidence,
            });
            Console.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return 0;
        }

        var table = new Table().AddColumns("id", "name", "type", "mentions", "articles", "origin");
        foreach (EntityTallyRow r in rows)
        {
            table.AddRow(Markup.Escape(r.Entity.Id), Markup.Escape(r.Name), r.Entity.Type.ToString(), r.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Entity.IsDiscovered ? "discovered" : "curated");
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
