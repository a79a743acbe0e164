using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg discover [paths]`: names the gazetteer lacks, ranked by frequency, each with example sentences and a YAML
/// stub ready to paste into gazetteers/.
/// </summary>
internal sealed class DiscoverCommand : ICliCommand
{
    public Command Build()
    {
        Argument<string[]> paths = CommonOptions.Paths();
        Option<double> min = new("--min-confidence") { Description = "Hide discoveries below this confidence (0..1).", DefaultValueFactory = _ => 0.0 };
        Option<int> top = new("--top") { Description = "Show at most this many names.", DefaultValueFactory = _ => 50 };
        Option<string> gazetteers = CommonOptions.Gazetteers();
        Option<int> threads = CommonOptions.Threads();
        var command = new Command("discover", "List names absent from the gazetteer, with examples and YAML stubs.") { paths, min, top, gazetteers, threads };
        command.SetAction(parse => Run(CommonOptions.PathsOrSeeds(parse.GetValue(paths)), parse.GetValue(min), parse.GetValue(top), parse.GetValue(gazetteers)!, parse.GetValue(threads)));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, double min, int top, string gazetteers, int threads)
    {
        EntityTally? tally = CorpusRun.Tally(paths, gazetteers, threads);
        if (tally is null)
        {
            return 2;
        }

        var found = tally.Rows
            .Where(r => r.Entity.IsDiscovered && r.Entity.Confidence >= min)
            .OrderByDescending(r => r.Mentions).ThenByDescending(r => r.Entity.Confidence).ThenBy(r => r.Entity.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        foreach (EntityTallyRow row in found)
        {
            Console.WriteLine($"# {row.Name} — {row.Entity.Type}, {row.Mentions} mention(s) in {row.Articles.Count} article(s), confidence {row.Entity.Confidence:0.##}");
            foreach ((SourceLocation location, string sentence) in row.Examples)
            {
                Console.WriteLine($"#   {location}: {sentence}");
            }

            Console.WriteLine(YamlStub.For(row));
        }

        Console.Error.WriteLine($"{found.Count} discovered name(s) shown");
        return 0;
    }
}
