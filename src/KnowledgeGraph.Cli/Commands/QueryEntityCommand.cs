using KnowledgeGraph.Cli.Options;
using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg query entity NAME`: canonical name, type, subtype, aliases, origin and mentions per article.</summary>
internal sealed class QueryEntityCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var name = new Argument<string>("name") { Description = "The entity (any name or alias, case-insensitive)." };
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("entity", "What the graph knows of one entity: names, type, origin, mentions per article.");
        command.Arguments.Add(name);
        command.Options.Add(json);
        command.Options.Add(store);
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            EntityReport report = EntityReport.For(snapshot, new EntityResolver(snapshot.Entities), parse.GetValue(name)!);
            context.Console.Show(parse.GetValue(json), report, Render);
            return ExitCodes.Success;
        }));
        return command;
    }

    private void Render(EntityReport report)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string field, string? value) => grid.AddRow(new Markup($"[bold]{field}[/]"), new Markup(Markup.Escape(value ?? "-")));
        Row("Name", report.Entity.Name);
        Row("Id", report.Entity.Id);
        Row("Type", report.Entity.Type);
        Row("Subtype", report.Entity.Subtype);
        Row("Aliases", report.Entity.Aliases.Count == 0 ? null : string.Join(", ", report.Entity.Aliases));
        Row("Origin", $"{report.Origin} (confidence {Cells.Number(report.Entity.Confidence)})");
        Row("Mentions", report.TotalMentions.ToString(CultureInfo.InvariantCulture));
        Row("Co-mention edges", report.CoMentionEdges.ToString(CultureInfo.InvariantCulture));
        Row("Claims", report.Claims.ToString(CultureInfo.InvariantCulture));
        context.Console.Rich.Write(grid);
        Table articles = Cells.Table("Article", "Date", "Outlet", "Mentions");
        foreach (ArticleMentions row in report.Articles)
        {
            articles.AddRow(
                Markup.Escape(row.Article.Title ?? row.Article.Id),
                Markup.Escape(row.Article.Date ?? "-"),
                Markup.Escape(row.Article.Outlet ?? "-"),
                row.Count.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Rich.Write(articles);
    }
}
