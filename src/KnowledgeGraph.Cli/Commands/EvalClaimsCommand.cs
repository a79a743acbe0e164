using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg eval claims [--data tests/eval/claims.yaml] [--gazetteers gazetteers] [--gold-mentions] [--verbose]
/// [--min-precision P] [--min-recall R]`: runs the pipeline on every annotated sentence and prints precision,
/// recall and F1 overall and per predicate. Exit code 1 when a floor is missed or the data is invalid.
/// </summary>
internal sealed class EvalClaimsCommand : ICliCommand
{
    public Command Build()
    {
        var data = new Option<string>("--data") { Description = "Annotated sentences (YAML).", DefaultValueFactory = _ => "tests/eval/claims.yaml" };
        var gazetteers = new Option<string>("--gazetteers") { Description = "Gazetteer folder holding predicates.yaml.", DefaultValueFactory = _ => "gazetteers" };
        var gold = new Option<bool>("--gold-mentions") { Description = "Place mentions from the annotation's entity table (plain tokeniser) instead of running the recogniser: measures the claim rules alone." };
        var verbose = new Option<bool>("--verbose") { Description = "List every sentence with a missing or spurious claim." };
        var minPrecision = new Option<double>("--min-precision") { Description = "Fail (exit 1) when overall precision is lower." };
        var minRecall = new Option<double>("--min-recall") { Description = "Fail (exit 1) when overall recall is lower." };
        var command = new Command("claims", "Evaluate claim extraction on tests/eval/claims.yaml.");
        command.Options.Add(data);
        command.Options.Add(gazetteers);
        command.Options.Add(gold);
        command.Options.Add(verbose);
        command.Options.Add(minPrecision);
        command.Options.Add(minRecall);
        command.SetAction(parseResult =>
        {
            try
            {
                ClaimEvalReport? report = Run(parseResult.GetValue(data)!, parseResult.GetValue(gazetteers)!, parseResult.GetValue(gold));
                if (report is null)
                {
                    return 1;
                }

                Print(report, parseResult.GetValue(verbose));
                return Floors(report, parseResult.GetValue(minPrecision), parseResult.GetValue(minRecall));
            }
            catch (KgException ex)
            {
                Console.Error.WriteLine(ex.ToLine());
                return 1;
            }
        });
        return command;
    }

    private static ClaimEvalReport? Run(string dataPath, string gazetteerDirectory, bool goldMentions)
    {
        var diagnostics = new DiagnosticBag();
        PredicateLexicon lexicon = PredicateLexiconLoader.Load(Path.Combine(gazetteerDirectory, PredicateLexiconLoader.FileName), diagnostics);
        ClaimEvalSet set = ClaimEvalLoader.Load(dataPath, lexicon);
        if (goldMentions)
        {
            return ClaimEvaluator.EvaluateWithGoldMentions(set, lexicon);
        }

        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteerDirectory }, diagnostics);
        if (!pipeline.Stages.Any(s => s.Name == "claims"))
        {
            Console.Error.WriteLine("error: the pipeline has no \"claims\" stage yet; run with --gold-mentions to measure the claim rules alone");
            return null;
        }

        return ClaimEvaluator.Evaluate(set, lexicon, "pipeline", sentence =>
        {
            Document doc = EvalDocuments.Create(sentence);
            pipeline.Process(doc);
            return [.. doc.Paragraphs.SelectMany(p => p.Claims)];
        });
    }

    private static void Print(ClaimEvalReport report, bool verbose)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"claims evaluation: {report.Sentences} sentences; mentions: {report.Mode}");
        Console.WriteLine($"{"predicate",-22} {"tp",4} {"fp",4} {"fn",4} {"precision",9} {"recall",7} {"f1",6}");
        foreach (PredicateScore score in report.ByPredicate.Append(report.Overall))
        {
            Console.WriteLine(string.Format(inv, "{0,-22} {1,4} {2,4} {3,4} {4,9:0.000} {5,7:0.000} {6,6:0.000}",
                score.Predicate, score.TruePositives, score.FalsePositives, score.FalseNegatives, score.Precision, score.Recall, score.F1));
        }

        Console.WriteLine($"hedge flag agrees on {report.HedgeAgreements} of {report.Overall.TruePositives} matched claims; {report.LowConfidence} low-confidence claims emitted");
        if (!verbose)
        {
            return;
        }

        foreach (SentenceOutcome outcome in report.Errors)
        {
            Console.WriteLine();
            Console.WriteLine($"{outcome.Sentence.Where}: {outcome.Sentence.Text}");
            foreach (string missing in outcome.Missing)
            {
                Console.WriteLine($"  missing:  {missing}");
            }

            foreach (string spurious in outcome.Spurious)
            {
                Console.WriteLine($"  spurious: {spurious}");
            }
        }
    }

    private static int Floors(ClaimEvalReport report, double minPrecision, double minRecall)
    {
        if (report.Overall.Precision < minPrecision || report.Overall.Recall < minRecall)
        {
            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "error: below the floor (precision {0:0.000} < {1:0.000} or recall {2:0.000} < {3:0.000})",
                report.Overall.Precision, minPrecision, report.Overall.Recall, minRecall));
            return 1;
        }

        return 0;
    }
}
