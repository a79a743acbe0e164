using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg query entity NAME`: canonical name, type, aliases and origin; the roles the text asserts (each once); its
/// strongest claims and neighbours with their evidence; totals; mentions per article.
/// </summary>
internal sealed class QueryEntityCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var name = new Argument<string>("name") { Description = "The entity (any name or alias, case-insensitive)." };
        Option<int> limit = SharedOptions.Limit(5, "claims and neighbours");
        Option<int> evidence = SharedOptions.Evidence(1);
        Option<string> rank = SharedOptions.Rank(RankBy.Claims, "how neighbours are ranked, as in `kg query neighbours`.");
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("entity", "What the graph knows of one entity: names, roles, strongest claims and links with their evidence, mentions per article.")
        {
            name, limit, evidence, rank, json, store,
        };
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            EntityReport report = EntityReport.For(snapshot, new EntityResolver(snapshot.Entities), parse.GetValue(name)!, parse.GetValue(limit), RankOption.Parse(parse.GetValue(rank)));
            context.Console.Show(parse.GetValue(json), report, r => Render(r, new EvidencePrinter(context.Console, parse.GetValue(evidence))));
            return ExitCodes.Success;
        }));
        return command;
    }

    private void Render(EntityReport report, EvidencePrinter printer)
    {
        KgConsole console = context.Console;
        var c = CultureInfo.InvariantCulture;
        string type = report.Entity.Subtype is null ? report.Entity.Type : $"{report.Entity.Type}, {report.Entity.Subtype}";
        console.Markup($"[bold]{Markup.Escape(report.Entity.Name)}[/]  {Markup.Escape($"({type}; {report.Origin}, confidence {EvidencePrinter.Number(report.Entity.Confidence)}; id {report.Entity.Id})")}");
        if (report.Entity.Aliases.Count > 0)
        {
            console.Markup($"  also: {Markup.Escape(string.Join(", ", report.Entity.Aliases))}");
        }

        console.Markup(string.Create(c, $"  {report.TotalMentions} mentions in {report.Articles.Count} article(s); {report.ClaimTotal} claim(s); {report.NeighbourTotal} linked entities"));
        if (report.Roles.Count > 0)
        {
            console.Markup($"  roles: {Markup.Escape(string.Join("; ", report.Roles.Select(r => $"{r.Text} ({EvidencePrinter.Count(r.EvidenceCount, "sentence")})")))}");
        }

        console.Line();
        console.Markup($"[bold]Strongest claims[/]: {report.Claims.Count} of {report.ClaimTotal}");
        foreach (ClaimView claim in report.Claims)
        {
            printer.Claim(claim, indent: 2);
        }

        console.Line();
        console.Markup($"[bold]Strongest links[/]: {report.Neighbours.Count} of {report.NeighbourTotal}, ranked by {RankOption.Name(report.Rank)}");
        for (int i = 0; i < report.Neighbours.Count; i++)
        {
            NeighbourLines.Print(console, printer, i + 1, report.Neighbours[i]);
        }

        console.Line();
        console.Markup("[bold]Mentions per article[/]");
        foreach (ArticleMentions row in report.Articles)
        {
            string article = $"{row.Article.Title ?? row.Article.Id} ({row.Article.Date ?? "no date"}, {row.Article.Outlet ?? "no outlet"})";
            console.Markup(string.Create(c, $"  {row.Count,4}  {Markup.Escape(article)}"));
        }
    }
}
