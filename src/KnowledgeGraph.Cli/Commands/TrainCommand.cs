using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Recognise.Ner;
using KnowledgeGraph.Syntax.ModelFiles;
using KnowledgeGraph.Syntax.Training;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg train --treebank DIR... [--out models/kg-en.model] [--seed N] [--folds N] [--tagger-epochs N] [--parser-epochs N]
/// [--labeller-epochs N] [--beam N] [--min-updates N] [--prune W] [--ner DATA... [--ner-epochs N] [--ner-only]] [--claims SET... [--claims-epochs N] [--claims-precision P]]`: trains the tagger, lemmatiser,
/// parser and labeller from CoNLL-U treebanks, and the named-entity recogniser from GUM and Universal NER data
/// (<see cref="NerTraining"/>), and the relation model from annotated claim sets (<see cref="ClaimsTraining"/>);
/// `--ner-only` adds the recogniser, and `--claims` without `--treebank` the relation model, to an existing model file
/// (splits by file name or splits.md, see <see cref="TreebankFinder"/>; test files are never read), prints every
/// epoch's dev scores and a progress bar, and writes one versioned model file. Same data and seed, same bytes.
/// </summary>
internal sealed class TrainCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var treebanks = new Option<string[]>("--treebank") { Description = "Treebank folders or CoNLL-U files (repeatable).", AllowMultipleArgumentsPerToken = true };
        var ner = new Option<string[]>("--ner") { Description = "Named-entity data: GUM folders or CoNLL-U files with Entity= annotation, Universal NER .iob2 files (repeatable).", AllowMultipleArgumentsPerToken = true };
        var nerOnly = new Option<bool>("--ner-only") { Description = "Train only the recogniser and add it to the existing model file at --out (its tagger supplies the POS features)." };
        var nerEpochs = new Option<int>("--ner-epochs") { DefaultValueFactory = _ => 10 };
        var claims = new Option<string[]>("--claims") { Description = "Claim sets (the tests/eval format) to train the relation model on (repeatable); alone, without --treebank, it adds the model to the existing file at --out.", AllowMultipleArgumentsPerToken = true };
        var claimsEpochs = new Option<int>("--claims-epochs") { DefaultValueFactory = _ => 5 };
        var claimsPrecision = new Option<float>("--claims-precision") { Description = "Held-out precision the relation model's threshold is chosen for.", DefaultValueFactory = _ => 0.8f };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
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
        foreach (Option option in (Option[])[treebanks, output, seed, folds, taggerEpochs, parserEpochs, labellerEpochs, beam, minUpdates, prune, ner, nerOnly, nerEpochs, claims, claimsEpochs, claimsPrecision, gazetteers])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => parse.GetValue(claims) is { Length: > 0 } sets && parse.GetValue(treebanks) is not { Length: > 0 }
            ? ClaimsTraining.Run(context.Console, sets, parse.GetValue(output)!, context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(claimsEpochs), parse.GetValue(seed), parse.GetValue(claimsPrecision))
            : parse.GetValue(nerOnly)
            ? NerTraining.RunOnly(context.Console, parse.GetValue(ner) ?? [], parse.GetValue(output)!, context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(nerEpochs), parse.GetValue(seed), parse.GetValue(prune))
            : Run(
            parse.GetValue(treebanks) ?? [], parse.GetValue(output)!,
            new TrainingOptions
            {
                Seed = parse.GetValue(seed), Folds = parse.GetValue(folds), TaggerEpochs = parse.GetValue(taggerEpochs),
                ParserEpochs = parse.GetValue(parserEpochs), LabellerEpochs = parse.GetValue(labellerEpochs), Beam = parse.GetValue(beam),
                MinUpdates = parse.GetValue(minUpdates), Prune = parse.GetValue(prune),
            },
            parse.GetValue(ner) ?? [], context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(nerEpochs))
            is var trained && trained == ExitCodes.Success && parse.GetValue(claims) is { Length: > 0 } also
                ? ClaimsTraining.Run(context.Console, also, parse.GetValue(output)!, context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(claimsEpochs), parse.GetValue(seed), parse.GetValue(claimsPrecision))
                : trained);
        return command;
    }

    private int Run(IReadOnlyList<string> treebanks, string output, TrainingOptions options, IReadOnlyList<string> ner, string gazetteers, int nerEpochs)
    {
        KgConsole console = context.Console;
        var clock = Stopwatch.StartNew();
        options.Validate();
        TreebankLoader data = TreebankLoader.Load(TreebankFinder.Find(treebanks));
        data.Report.ForEach(console.Line);
        SyntaxModel model = console.IsTerminal
            ? console.Rich.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress => new SyntaxTrainer(options, new TrainingReporter(console.Output, progress)).Train(data.Train, data.Dev, data.Report))
            : new SyntaxTrainer(options, new TrainingReporter(console.Output, null)).Train(data.Train, data.Dev, data.Report);
        ModelFileWriter writer = model.ToWriter();
        if (ner.Count > 0)
        {
            writer.Set(NerModel.SectionName, NerModel.SectionVersion, NerTraining.Train(console, model, ner, gazetteers, nerEpochs, options.Seed, options.Prune).ToBytes());
        }

        writer.Write(output);
        console.Line($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:0.0} MB) in {clock.Elapsed.TotalMinutes:0.0} min");
        return ExitCodes.Success;
    }
}
