using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Eval;
using KnowledgeGraph.Eval.Coreference;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg eval coreference [--data tests/eval/coreference.yaml] [--split dev] [--verbose] [--min-precision P]
/// [--min-recall R]`: resolves pronouns and descriptions in the annotated articles and prints precision, recall and F1
/// of every resolved reference, of the sure ones alone, and per part of the set. Exit 1 when a floor is missed.
/// </summary>
internal sealed class EvalCoreferenceCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var data = new Option<string>("--data") { Description = "Annotated paragraphs (YAML).", DefaultValueFactory = _ => Path.Combine("tests", "eval", "coreference.yaml") };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        Option<string?> split = new("--split") { Description = "Score only the paragraphs of this split (dev, or seed for the seed paragraphs)." };
        var verbose = new Option<bool>("--verbose") { Description = "List every wrong (+) and missed (-) reference." };
        var minPrecision = new Option<double>("--min-precision") { Description = "Fail (exit 1) when overall precision is lower." };
        var minRecall = new Option<double>("--min-recall") { Description = "Fail (exit 1) when overall recall is lower." };
        var command = new Command("coreference", "Evaluate coreference (pronouns, descriptions) on tests/eval/coreference.yaml.") { data, gazetteers, split, verbose, minPrecision, minRecall };
        command.SetAction(parse =>
        {
            string gazetteerDirectory = context.Settings.Gazetteers(parse.GetValue(gazetteers));
            ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteerDirectory }, context.Console.Attach(new DiagnosticBag()));
            IReadOnlyList<CoreferenceParagraph> gold = CoreferenceEvalSet.Load(parse.GetValue(data)!);
            if (parse.GetValue(split) is { } part)
            {
                gold = gold.Where(p => (p.Split ?? "seed") == part).ToList();
            }

            var evaluator = new CoreferenceEvaluator(pipeline, IngestOptions.FromGazetteerDirectory(gazetteerDirectory));
            CoreferenceEvalResult result = evaluator.Evaluate(gold, Directory.GetCurrentDirectory());
            Print(parse.GetValue(data)!, result, parse.GetValue(verbose));
            return Floors(result, parse.GetValue(minPrecision), parse.GetValue(minRecall));
        });
        return command;
    }

    private void Print(string set, CoreferenceEvalResult result, bool verbose)
    {
        KgConsole console = context.Console;
        console.Line($"coreference ({set}): {result.Paragraphs} paragraphs, {result.Annotated} annotated words");
        foreach ((string part, Score score) in result.ByPart)
        {
            console.Line($"  {part,-13} {score}");
        }

        console.Line($"  {"sure",-13} {result.Sure}");
        foreach ((string band, (int right, int wrong)) in result.ByConfidence)
        {
            console.Line(string.Format(CultureInfo.InvariantCulture, "  confidence {0}: {1} right, {2} wrong (precision {3:0.00})", band, right, wrong, right / (double)Math.Max(1, right + wrong)));
        }

        console.Line($"  {"overall",-13} {result.Overall}");
        if (verbose)
        {
            result.Errors.ForEach(e => console.Line(e));
        }

        foreach (string missing in result.Missing)
        {
            console.Note($"warning: {missing}: annotated paragraph not found (moved or edited?)");
        }
    }

    private int Floors(CoreferenceEvalResult result, double minPrecision, double minRecall)
    {
        if (result.Overall.Precision < minPrecision || result.Overall.Recall < minRecall)
        {
            context.Console.Note(string.Format(CultureInfo.InvariantCulture, "error: below the floor (precision {0:0.000} < {1:0.000} or recall {2:0.000} < {3:0.000})",
                result.Overall.Precision, minPrecision, result.Overall.Recall, minRecall));
            return ExitCodes.RuntimeError;
        }

        return ExitCodes.Success;
    }
}
