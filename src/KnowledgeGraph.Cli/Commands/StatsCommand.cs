using KnowledgeGraph.Cli.Options;
using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg stats`: store counts, entities by type, top entities by weighted degree and PageRank, components.</summary>
internal sealed class StatsCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var top = new Option<int>("--top") { Description = "Entities per ranking.", DefaultValueFactory = _ => 10, Validators = { SharedOptions.AtLeastOne } };
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("stats", "Counts, most connected entities (weighted degree, PageRank) and connected components.");
        command.Options.Add(top);
        command.Options.Add(json);
        command.Options.Add(store);
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            StatsReport report = GraphStatistics.Compute(snapshot, parse.GetValue(top));
            context.Console.Show(parse.GetValue(json), report, Render);
            return ExitCodes.Success;
        }));
        return command;
    }

    private void Render(StatsReport report)
    {
        Table counts = Tables.Create("Count", "Value");
        void Row(string name, int value) => counts.AddRow(Markup.Escape(name), value.ToString(CultureInfo.InvariantCulture));
        Row("Articles", report.Articles);
        Row("Sentences", report.Sentences);
        Row("Entities", report.Entities);
        foreach ((string type, int count) in report.EntitiesByType)
        {
            Row($"  {type}", count);
        }

        Row("  discovered", report.DiscoveredEntities);
        Row("Co-mention edges", report.CoMentionEdges);
        Row("  demonym-only", report.DemonymOnlyEdges);
        Row("Claims", report.Claims);
        Row("Connected components", report.Components);
        Row("  isolated entities", report.IsolatedEntities);
        counts.AddRow("  largest sizes", string.Join(", ", report.LargestComponents));
        context.Console.Rich.Write(counts);
        context.Console.Rich.Write(Ranking("Top by weighted degree", report.TopByDegree));
        context.Console.Rich.Write(Ranking("Top by PageRank", report.TopByPageRank));
    }

    private static Table Ranking(string title, IReadOnlyList<RankedEntity> ranking)
    {
        Table table = Tables.Create("#", "Entity", "Type", "Value");
        table.Title = new TableTitle(title);
        for (int i = 0; i < ranking.Count; i++)
        {
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(ranking[i].Name), Markup.Escape(ranking[i].Type), EvidencePrinter.Number(ranking[i].Value));
        }

        return table;
    }
}
