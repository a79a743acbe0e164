using KnowledgeGraph.Cli.Options;
using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg query links A B`: ranked paths between two entities, each edge with its evidence and claims.</summary>
internal sealed class QueryLinksCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var from = new Argument<string>("a") { Description = "First entity (any name or alias, case-insensitive)." };
        var to = new Argument<string>("b") { Description = "Second entity." };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path in edges.", DefaultValueFactory = _ => 3 };
        Option<int> limit = SharedOptions.Limit(10);
        var evidence = new Option<int>("--evidence") { Description = "Evidence sentences per edge.", DefaultValueFactory = _ => 3 };
        var demonyms = new Option<bool>("--include-demonyms") { Description = "Also walk co-mentions where one side is named only by a demonym." };
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("links", "Paths between two entities, strongest first, with the sentences behind every edge.");
        command.Arguments.Add(from);
        command.Arguments.Add(to);
        command.Options.Add(maxHops);
        command.Options.Add(limit);
        command.Options.Add(evidence);
        command.Options.Add(demonyms);
        command.Options.Add(json);
        command.Options.Add(store);
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            var options = new LinkOptions
            {
                MaxHops = parse.GetValue(maxHops), Limit = parse.GetValue(limit), EvidencePerEdge = parse.GetValue(evidence),
                IncludeDemonyms = parse.GetValue(demonyms),
            };
            LinkReport report = new LinkFinder(snapshot, new EntityResolver(snapshot.Entities)).Find(parse.GetValue(from)!, parse.GetValue(to)!, options);
            if (parse.GetValue(json))
            {
                context.Console.Json(report);
            }
            else
            {
                Render(report, options.MaxHops);
            }

            return 0;
        }));
        return command;
    }

    private void Render(LinkReport report, int maxHops)
    {
        IAnsiConsole console = context.Console.Rich;
        console.MarkupLine($"[bold]{Markup.Escape(report.From.Name)}[/] ↔ [bold]{Markup.Escape(report.To.Name)}[/]: {report.Paths.Count} path(s) of at most {maxHops} hop(s)");
        foreach (LinkPath path in report.Paths)
        {
            Table table = Cells.Table("Edge", "Weight", "Evidence and claims");
            table.Title = new TableTitle($"#{path.Rank}  {Markup.Escape(string.Join(" — ", path.Entities.Select(e => e.Name)))}  (cost {Cells.Number(path.Cost)})");
            foreach (LinkStep step in path.Steps)
            {
                var lines = step.Claims.Select(Cells.Claim).ToList();
                if (step.Evidence.Count > 0)
                {
                    lines.Add(Cells.Evidence(step.Evidence));
                }

                table.AddRow(
                    new Markup(Markup.Escape($"{step.From.Name} — {step.To.Name}")),
                    new Markup(Cells.Number(step.Weight)),
                    new Markup(string.Join('\n', lines)));
            }

            console.Write(table);
        }
    }
}
