using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg eval claims [--data tests/eval/claims.yaml] [--gazetteers DIR] [--gold-mentions] [--verbose]
/// [--min-precision P] [--min-recall R]`: runs the pipeline on every annotated sentence and prints precision,
/// recall and F1 overall and per predicate; a ratio with nothing to count (no claim predicted, none expected) is "-",
/// never 1.000. Exit 1 when a floor is missed, 2 when the data or lexicon is invalid.
/// </summary>
internal sealed class EvalClaimsCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var data = new Option<string>("--data") { Description = "Annotated sentences (YAML).", DefaultValueFactory = _ => "tests/eval/claims.yaml" };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var gold = new Option<bool>("--gold-mentions") { Description = "Place mentions from the annotation's entity table (plain tokeniser) instead of running the recogniser: measures the claim rules alone." };
        var verbose = new Option<bool>("--verbose") { Description = "List every sentence with a missing or spurious claim." };
        var minPrecision = new Option<double>("--min-precision") { Description = "Fail (exit 1) when overall precision is lower." };
        var minRecall = new Option<double>("--min-recall") { Description = "Fail (exit 1) when overall recall is lower." };
        var command = new Command("claims", "Evaluate claim extraction on tests/eval/claims.yaml.") { data, gazetteers, gold, verbose, minPrecision, minRecall };
        command.SetAction(parse =>
        {
            ClaimEvalReport report = Run(parse.GetValue(data)!, context.Settings.Gazetteers(parse.GetValue(gazetteers)), parse.GetValue(gold));
            Print(report, parse.GetValue(verbose));
            return Floors(report, parse.GetValue(minPrecision), parse.GetValue(minRecall));
        });
        return command;
    }

    private ClaimEvalReport Run(string dataPath, string gazetteerDirectory, bool goldMentions)
    {
        DiagnosticBag diagnostics = context.Console.Attach(new DiagnosticBag());
        PredicateLexicon lexicon = PredicateLexiconLoader.Load(Path.Combine(gazetteerDirectory, PredicateLexiconLoader.FileName), diagnostics);
        ClaimEvalSet set = ClaimEvalLoader.Load(dataPath, lexicon);
        if (goldMentions)
        {
            return ClaimEvaluator.EvaluateWithGoldMentions(set, lexicon);
        }

        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteerDirectory }, diagnostics);
        return ClaimEvaluator.Evaluate(set, lexicon, "pipeline", sentence =>
        {
            Document doc = EvalDocuments.Create(sentence);
            pipeline.Process(doc);
            return [.. doc.Paragraphs.SelectMany(p => p.Claims)];
        });
    }

    private void Print(ClaimEvalReport report, bool verbose)
    {
        KgConsole console = context.Console;
        console.Line($"claims evaluation: {report.Sentences} sentences; mentions: {report.Mode}");
        console.Line($"{"predicate",-22} {"tp",4} {"fp",4} {"fn",4} {"precision",9} {"recall",7} {"f1",6}");
        foreach (PredicateScore score in report.ByPredicate.Append(report.Overall))
        {
            bool predicted = score.TruePositives + score.FalsePositives > 0;
            bool expected = score.TruePositives + score.FalseNegatives > 0;
            console.Line(string.Format(
                CultureInfo.InvariantCulture, "{0,-22} {1,4} {2,4} {3,4} {4,9} {5,7} {6,6}",
                score.Predicate, score.TruePositives, score.FalsePositives, score.FalseNegatives,
                Ratio(predicted, score.Precision), Ratio(expected, score.Recall), Ratio(predicted && expected, score.F1)));
        }

        console.Line($"hedge flag agrees on {report.HedgeAgreements} of {report.Overall.TruePositives} matched claims; {report.LowConfidence} low-confidence claims emitted");
        if (!verbose)
        {
            return;
        }

        foreach (SentenceOutcome outcome in report.Errors)
        {
            console.Line();
            console.Line($"{outcome.Sentence.Where}: {outcome.Sentence.Text}");
            foreach (string missing in outcome.Missing)
            {
                console.Line($"  missing:  {missing}");
            }

            foreach (string spurious in outcome.Spurious)
            {
                console.Line($"  spurious: {spurious}");
            }
        }
    }

    private int Floors(ClaimEvalReport report, double minPrecision, double minRecall)
    {
        if (report.Overall.Precision < minPrecision || report.Overall.Recall < minRecall)
        {
            context.Console.Note(string.Format(CultureInfo.InvariantCulture, "error: below the floor (precision {0:0.000} < {1:0.000} or recall {2:0.000} < {3:0.000})",
                report.Overall.Precision, minPrecision, report.Overall.Recall, minRecall));
            return ExitCodes.RuntimeError;
        }

        return ExitCodes.Success;
    }

    /// <summary>"0.976", or "-" when the ratio has nothing to count.</summary>
    private static string Ratio(bool defined, double value) => defined ? value.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
