using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg query links A B`: ranked paths between two entities; every edge shows its claims first (strongest first, each
/// with its sentences), then its most direct co-mention sentences, with how many there are in all.
/// </summary>
internal sealed class QueryLinksCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var from = new Argument<string>("a") { Description = "First entity (any name or alias, case-insensitive)." };
        var to = new Argument<string>("b") { Description = "Second entity." };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path in edges (default 3).", DefaultValueFactory = _ => 3, Validators = { SharedOptions.AtLeastOne } };
        Option<int> limit = SharedOptions.Limit(10, "paths");
        Option<int> evidence = SharedOptions.Evidence(3);
        Option<string> rank = SharedOptions.Rank(RankBy.Count, "how edges weigh in the path search: count = sentences naming both, claims = asserted relations first, pmi = association score.");
        Option<bool> demonyms = SharedOptions.IncludeDemonyms();
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("links", "Paths between two entities, strongest first, with the claims and sentences behind every edge.")
        {
            from, to, maxHops, limit, evidence, rank, demonyms, json, store,
        };
        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            var options = new LinkOptions
            {
                MaxHops = parse.GetValue(maxHops), Limit = parse.GetValue(limit), Rank = RankOption.Parse(parse.GetValue(rank)),
                IncludeDemonyms = parse.GetValue(demonyms),
            };
            LinkReport report = new LinkFinder(snapshot, new EntityResolver(snapshot.Entities)).Find(parse.GetValue(from)!, parse.GetValue(to)!, options);
            context.Console.Show(parse.GetValue(json), report, r => Render(r, options, new EvidencePrinter(context.Console, parse.GetValue(evidence))));
            return ExitCodes.Success;
        }));
        return command;
    }

    private void Render(LinkReport report, LinkOptions options, EvidencePrinter printer)
    {
        KgConsole console = context.Console;
        console.Markup($"[bold]{Markup.Escape(report.From.Name)}[/] ↔ [bold]{Markup.Escape(report.To.Name)}[/]: {EvidencePrinter.Count(report.Paths.Count, "path")} of at most {options.MaxHops} hop(s), ranked by {RankOption.Name(options.Rank)}");
        foreach (LinkPath path in report.Paths)
        {
            console.Line();
            console.Markup($"[bold]#{path.Rank}[/]  {Markup.Escape(string.Join(" — ", path.Entities.Select(e => e.Name)))}  [grey](cost {EvidencePrinter.Number(path.Cost)})[/]");
            foreach (LinkStep step in path.Steps)
            {
                console.Markup($"  [bold]{Markup.Escape(step.From.Name)} — {Markup.Escape(step.To.Name)}[/]: {EvidencePrinter.Count(step.Claims.Count, "claim")}, {EvidencePrinter.Count(step.EvidenceCount, "sentence")}");
                foreach (ClaimView claim in step.Claims)
                {
                    printer.Claim(claim, indent: 4);
                }

                if (step.CoMention is { } pair)
                {
                    printer.CoMention(pair, step.Evidence, indent: 4);
                }
            }
        }
    }
}
