using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relate.Claims.Eval.Pairs;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg eval pairs [--data DIR] [--model FILE] [--rules-only] [--min-recall R]`: runs the pipeline on the documents of an external relation set (by
/// default tests/eval/re3d, the re3d collections of defence and security documents that may be redistributed) and
/// prints entity-pair recall: the share of annotated relations between persons, organisations, places and
/// nationalities that a claim of ours joins, overall and per relation type, with the share whose two ends the pipeline
/// names at all. Exit 1 when recall misses the floor, 2 when the data is invalid.
/// </summary>
internal sealed class EvalPairsCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var data = new Option<string>("--data") { Description = "Folder of re3d collections (documents.json, entities.json, relations.json each).", DefaultValueFactory = _ => Path.Combine("tests", "eval", "re3d") };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var model = new Option<string?>("--model") { Description = "Language model file (default: models/kg-en.model beside the gazetteer folder)." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Leave out the learned relation model: the claim rules alone." };
        var minRecall = new Option<double>("--min-recall") { Description = "Fail (exit 1) when overall entity-pair recall is lower." };
        var command = new Command("pairs", "Evaluate claims at entity-pair level on an external relation set (re3d).") { data, gazetteers, model, rulesOnly, minRecall };
        command.SetAction(parse =>
        {
            string gazetteerDirectory = context.Settings.Gazetteers(parse.GetValue(gazetteers));
            PairSet set = Re3dLoader.Load(parse.GetValue(data)!);
            ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteerDirectory, ModelPath = parse.GetValue(model), LearnedClaims = !parse.GetValue(rulesOnly) }, context.Console.Attach(new DiagnosticBag()));
            PairEvalReport report = PairEvaluator.Evaluate(set, pipeline.Process);
            Print(parse.GetValue(data)!, set, report);
            return Floor(report, parse.GetValue(minRecall));
        });
        return command;
    }

    private void Print(string folder, PairSet set, PairEvalReport report)
    {
        KgConsole console = context.Console;
        console.Line($"entity-pair evaluation ({folder}): {report.Documents} documents, {report.Overall.Gold} annotated relations between persons, organisations, places and nationalities");
        console.Line($"{"relation",-18} {"gold",5} {"named",6} {"found",6} {"reachable",9} {"recall",7}");
        foreach (PairScore score in report.ByType.Append(report.Overall))
        {
            console.Line(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,5} {2,6} {3,6} {4,9:0.000} {5,7:0.000}",
                score.Type, score.Gold, score.Named, score.Found, score.Reachable, score.Recall));
        }

        console.Line($"claims stated in these documents: {report.Claims}, of which {report.ClaimsOnGoldPairs} join a pair the annotation relates");
        if (set.Skipped > 0)
        {
            console.Note($"note: {set.Skipped} annotated relations left out: their spans do not match the document text");
        }
    }

    private int Floor(PairEvalReport report, double minRecall)
    {
        if (report.Overall.Recall < minRecall)
        {
            context.Console.Note(string.Format(CultureInfo.InvariantCulture, "error: below the floor (entity-pair recall {0:0.000} < {1:0.000})", report.Overall.Recall, minRecall));
            return ExitCodes.RuntimeError;
        }

        return ExitCodes.Success;
    }
}
