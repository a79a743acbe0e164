using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.Training;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg train --treebank DIR... [--out models/kg-en.model] [--seed N] [--folds N] [--tagger-epochs N] [--parser-epochs N]
/// [--labeller-epochs N] [--beam N] [--min-updates N] [--prune W]`: trains the tagger, lemmatiser, parser and labeller from CoNLL-U treebanks
/// (splits by file name or splits.md, see <see cref="TreebankFinder"/>; test files are never read), prints every
/// epoch's dev scores and a progress bar, and writes one versioned model file. Same data and seed, same bytes.
/// </summary>
internal sealed class TrainCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var treebanks = new Option<string[]>("--treebank") { Description = "Treebank folders or CoNLL-U files (repeatable).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => SyntaxModel.DefaultPath };
        var seed = new Option<int>("--seed") { Description = "Seed of shuffles and exploration.", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds") { Description = "Jack-knife folds for the parser's training tags (0: gold tags).", DefaultValueFactory = _ => 4 };
        var taggerEpochs = new Option<int>("--tagger-epochs") { DefaultValueFactory = _ => 8 };
        var parserEpochs = new Option<int>("--parser-epochs") { DefaultValueFactory = _ => 12 };
        var labellerEpochs = new Option<int>("--labeller-epochs") { DefaultValueFactory = _ => 6 };
        var beam = new Option<int>("--beam") { Description = "Parser beam width (1: greedy with a dynamic oracle).", DefaultValueFactory = _ => 1 };
        var minUpdates = new Option<int>("--min-updates") { Description = "Drop features in fewer perceptron updates than this.", DefaultValueFactory = _ => 3 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this.", DefaultValueFactory = _ => 0.01f };
        var command = new Command("train", "Train the language model (tagger, lemmatiser, parser, labeller) from CoNLL-U treebanks.");
        foreach (Option option in (Option[])[treebanks, output, seed, folds, taggerEpochs, parserEpochs, labellerEpochs, beam, minUpdates, prune])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(treebanks)!, parse.GetValue(output)!,
            new TrainingOptions
            {
                Seed = parse.GetValue(seed), Folds = parse.GetValue(folds), TaggerEpochs = parse.GetValue(taggerEpochs),
                ParserEpochs = parse.GetValue(parserEpochs), LabellerEpochs = parse.GetValue(labellerEpochs), Beam = parse.GetValue(beam), MinUpdates = parse.GetValue(minUpdates), Prune = parse.GetValue(prune),
            }));
        return command;
    }

    private int Run(IReadOnlyList<string> treebanks, string path, TrainingOptions options)
    {
        var clock = Stopwatch.StartNew();
        options.Validate();
        TreebankLoader data = TreebankLoader.Load(TreebankFinder.Find(treebanks));
        TextWriter output = context.Console.Output;
        data.Report.ForEach(output.WriteLine);
        SyntaxModel model = context.Console.IsTerminal
            ? context.Console.Rich.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress => new SyntaxTrainer(options, new TrainingReporter(output, progress)).Train(data.Train, data.Dev, data.Report))
            : new SyntaxTrainer(options, new TrainingReporter(output, null)).Train(data.Train, data.Dev, data.Report);
        model.ToWriter().Write(path);
        output.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB) in {clock.Elapsed.TotalMinutes:0.0} min");
        return ExitCodes.Success;
    }
}
