using KnowledgeGraph.Cli.Options;
using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Query;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg query claims [--subject X] [--predicate P] [--object Y] [--class C] [--since DATE] [--source S]`.</summary>
internal sealed class QueryClaimsCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var subject = new Option<string?>("--subject") { Description = "Subject entity (any name or alias)." };
        var predicate = new Option<string?>("--predicate") { Description = "Predicate, e.g. COOPERATES_WITH (case-insensitive)." };
        var obj = new Option<string?>("--object") { Description = "Object entity (any name or alias)." };
        var cls = new Option<string?>("--class") { Description = "Predicate class: verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, structural." };
        var since = new Option<string?>("--since") { Description = "Only claims dated on or after yyyy, yyyy-MM or yyyy-MM-dd." };
        var source = new Option<string?>("--source") { Description = "Only claims whose source (who asserts it) contains this text." };
        Option<int> limit = SharedOptions.Limit(100);
        Option<bool> json = SharedOptions.Json();
        Option<string?> store = SharedOptions.Store();
        var command = new Command("claims", "Claims matching every condition given, newest first.");
        foreach (Option option in new Option[] { subject, predicate, obj, cls, since, source, limit, json, store })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => context.WithSnapshot(parse.GetValue(store), snapshot =>
        {
            var filter = new ClaimFilter
            {
                Subject = parse.GetValue(subject), Predicate = parse.GetValue(predicate), Object = parse.GetValue(obj),
                Class = parse.GetValue(cls), Since = parse.GetValue(since), Source = parse.GetValue(source), Limit = parse.GetValue(limit),
            };
            IReadOnlyList<ClaimView> claims = new ClaimSearch(snapshot, new EntityResolver(snapshot.Entities)).Find(filter);
            context.Console.Show(parse.GetValue(json), claims, Render);
            return ExitCodes.Success;
        }));
        return command;
    }

    private void Render(IReadOnlyList<ClaimView> claims)
    {
        Table table = Cells.Table("Claim", "Evidence");
        table.Title = new TableTitle($"{claims.Count} claim(s)");
        foreach (ClaimView claim in claims)
        {
            table.AddRow(new Markup(Cells.Claim(claim)), new Markup(Cells.Evidence(claim.Evidence)));
        }

        context.Console.Rich.Write(table);
    }
}
