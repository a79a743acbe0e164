using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Eval;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg eval [--data tests/eval/entities.yaml] [--floor F1]`: precision, recall and F1 of per-paragraph entity sets
/// against the annotated evaluation set; exits 1 when F1 is under the floor (CI enforces one). The sub-command
/// `kg eval claims` (<see cref="EvalClaimsCommand"/>) scores claims against tests/eval/claims.yaml.
/// </summary>
internal sealed class EvalCommand(CliContext context) : ICliCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        Option<string> data = new("--data") { Description = "Annotated paragraphs (YAML).", DefaultValueFactory = _ => Path.Combine("tests", "eval", "entities.yaml") };
        Option<double> floor = new("--floor") { Description = "Fail (exit 1) when overall F1 is below this.", DefaultValueFactory = _ => 0.0 };
        Option<double> min = new("--min-confidence") { Description = "Mentions below this confidence do not count as predictions.", DefaultValueFactory = _ => 0.5 };
        Option<bool> verbose = new("--verbose") { Description = "List every false positive (+) and false negative (-)." };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var command = new Command("eval", "Evaluate entity extraction against the annotated paragraphs; `kg eval claims` evaluates claims.") { data, floor, min, verbose, gazetteers };
        command.Subcommands.Add(new EvalClaimsCommand(context).Build());
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(floor), parse.GetValue(min), parse.GetValue(verbose), context.Settings.Gazetteers(parse.GetValue(gazetteers))));
        return command;
    }

    private int Run(string data, double floor, double min, bool verbose, string gazetteers)
    {
        var console = context.Console;
        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteers }, console.Attach(new DiagnosticBag()));
        IReadOnlyList<AnnotatedParagraph> gold = EntityEvalSet.Load(data);
        EntityEvalResult result = new EntityEvaluator(pipeline, IngestOptions.FromGazetteerDirectory(gazetteers)) { MinimumConfidence = min }.Evaluate(gold, Directory.GetCurrentDirectory());
        console.Line($"entities: {result.Paragraphs} paragraphs, {gold.Sum(p => p.Entities.Count)} gold entities");
        foreach ((string type, Score score) in result.ByType)
        {
            console.Line($"  {type,-13} {score}");
        }

        console.Line($"  {"overall",-13} {result.Overall}");
        if (verbose)
        {
            result.Errors.ForEach(e => console.Line(e));
        }

        foreach (string missing in result.Missing)
        {
            console.Note($"{missing}: warning: annotated text not found in the corpus (stale evaluation set)");
        }

        if (result.Overall.F1 < floor || result.Missing.Count > 0)
        {
            console.Note($"F1 {result.Overall.F1:0.000} is below the floor {floor:0.000}");
            return ExitCodes.RuntimeError;
        }

        return ExitCodes.Success;
    }
}
