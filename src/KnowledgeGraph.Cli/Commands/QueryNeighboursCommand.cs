using KnowledgeGraph.Cli.Options;
using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg query neighbours A`: the strongest co-mentions and the claims of an entity.</summary>
internal sealed class QueryNeighboursCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var name = new Argument<string>("entity") { Description = "The entity (any name or alias, case-insensitive)." };
        Option<int> limit = SharedOptions.Limit(20);
        var demonyms = new Option<bool>("--include-demonyms") { Description = "Also list co-mentions where one side is named only by a demonym (Chinese, Afghan)." };
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("neighbours", "Strongest co-mentions (by association score) and the claims of an entity.");
        command.Arguments.Add(name);
        command.Options.Add(limit);
        command.Options.Add(demonyms);
        command.Options.Add(json);
        command.Options.Add(store);
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            NeighbourReport report = new NeighbourFinder(snapshot, new EntityResolver(snapshot.Entities))
                .Find(parse.GetValue(name)!, Math.Max(1, parse.GetValue(limit)), parse.GetValue(demonyms));
            context.Console.Show(parse.GetValue(json), report, Render);
            return ExitCodes.Success;
        }));
        return command;
    }

    private void Render(NeighbourReport report)
    {
        Table neighbours = Cells.Table("Entity", "Type", "Score", "Sentences", "Articles", "First evidence");
        neighbours.Title = new TableTitle($"Co-mentions of {Markup.Escape(report.Entity.Name)}");
        foreach (Neighbour neighbour in report.CoMentions)
        {
            neighbours.AddRow(
                new Markup(Markup.Escape(neighbour.Entity.Name)),
                new Markup(Markup.Escape(neighbour.Entity.Type)),
                new Markup(Cells.Number(neighbour.CoMention.Score)),
                new Markup(neighbour.CoMention.Sentences.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(neighbour.CoMention.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(string.Join('\n', neighbour.Evidence.Select(e => Markup.Escape($"{e.File}:{e.Line}")))));
        }

        context.Console.Rich.Write(neighbours);
        Table claims = Cells.Table("Claim", "Evidence");
        claims.Title = new TableTitle($"Claims of {Markup.Escape(report.Entity.Name)}");
        foreach (ClaimView claim in report.Claims)
        {
            claims.AddRow(new Markup(Cells.Claim(claim)), new Markup(Cells.Evidence(claim.Evidence)));
        }

        context.Console.Rich.Write(claims);
    }
}
