using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg query neighbours A [--rank claims|count|pmi]`: what an entity is linked to, ranked (by default claims first,
/// then shared sentences), each with its strongest evidence; then the entity's own claims, strongest first.
/// </summary>
internal sealed class QueryNeighboursCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var name = new Argument<string>("entity") { Description = "The entity (any name or alias, case-insensitive)." };
        Option<int> limit = SharedOptions.Limit(20, "neighbours and claims");
        Option<int> evidence = SharedOptions.Evidence(1);
        Option<string> rank = SharedOptions.Rank(RankBy.Claims, "claims = summed confidence of the claims between the two, then shared sentences; count = shared sentences; pmi = association score (favours rare, specific partners).");
        Option<bool> demonyms = SharedOptions.IncludeDemonyms();
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("neighbours", "What an entity is linked to, strongest first, with the claims and sentences behind each link.")
        {
            name, limit, evidence, rank, demonyms, json, store,
        };
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            NeighbourReport report = new NeighbourFinder(snapshot, new EntityResolver(snapshot.Entities))
                .Find(parse.GetValue(name)!, parse.GetValue(limit), parse.GetValue(demonyms), RankOption.Parse(parse.GetValue(rank)));
            context.Console.Show(parse.GetValue(json), report, r => Render(r, new EvidencePrinter(context.Console, parse.GetValue(evidence))));
            return ExitCodes.Success;
        }));
        return command;
    }

    private void Render(NeighbourReport report, EvidencePrinter printer)
    {
        KgConsole console = context.Console;
        string name = Markup.Escape(report.Entity.Name);
        console.Markup($"[bold]Neighbours of {name}[/]: {report.Neighbours.Count} of {report.Total}, ranked by {RankOption.Name(report.Rank)}");
        for (int i = 0; i < report.Neighbours.Count; i++)
        {
            NeighbourLines.Print(console, printer, i + 1, report.Neighbours[i]);
        }

        console.Line();
        console.Markup($"[bold]Claims of {name}[/]: {report.Claims.Count} of {report.ClaimTotal}, strongest first");
        foreach (ClaimView claim in report.Claims)
        {
            printer.Claim(claim, indent: 2);
        }
    }
}
