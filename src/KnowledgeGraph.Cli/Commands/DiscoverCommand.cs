using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg discover [paths]`: names the gazetteer lacks, ranked by frequency, each with example sentences and a YAML
/// stub ready to paste into gazetteers/.
/// </summary>
internal sealed class DiscoverCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        Argument<string[]> paths = SharedOptions.Paths();
        Option<double> min = new("--min-confidence") { Description = "Hide discoveries below this confidence (0..1).", DefaultValueFactory = _ => 0.0 };
        min.Validators.Add(r =>
        {
            if (SharedOptions.Given(r) is < 0 or > 1)
            {
                r.AddError("--min-confidence must be between 0 and 1");
            }
        });
        Option<int> top = new("--top") { Description = "Show at most this many names.", DefaultValueFactory = _ => 50, Validators = { SharedOptions.AtLeastOne } };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        Option<int> threads = SharedOptions.Threads();
        var command = new Command("discover", "List names absent from the gazetteer, with examples and YAML stubs.") { paths, min, top, gazetteers, threads };
        command.SetAction(parse => Run(
            SharedOptions.PathsOrSeeds(parse.GetValue(paths)), parse.GetValue(min), parse.GetValue(top),
            context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(threads)));
        return command;
    }

    private int Run(IReadOnlyList<string> paths, double min, int top, string gazetteers, int threads)
    {
        EntityTally tally = CorpusRun.Tally(context.Console, paths, gazetteers, threads);
        var found = tally.Rows
            .Where(r => r.Entity.IsDiscovered && r.Entity.Confidence >= min)
            .OrderByDescending(r => r.Mentions).ThenByDescending(r => r.Entity.Confidence).ThenBy(r => r.Entity.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        foreach (EntityTallyRow row in found)
        {
            context.Console.Line($"# {row.Name} — {row.Entity.Type}, {row.Mentions} mention(s) in {row.Articles.Count} article(s), confidence {row.Entity.Confidence:0.##}");
            foreach ((SourceLocation location, string sentence) in row.Examples)
            {
                context.Console.Line($"#   {location}: {sentence}");
            }

            context.Console.Line(YamlStub.For(row));
        }

        context.Console.Note($"{found.Count} discovered name(s) shown");
        return ExitCodes.Success;
    }
}
