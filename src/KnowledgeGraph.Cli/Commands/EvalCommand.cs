using System.CommandLine;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Eval;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg eval [--data FILE]… [--split dev|test] [--floor F1]`: precision, recall and F1 of per-paragraph entity sets
/// against annotated evaluation sets: by default the seed set (tests/eval/entities.yaml) and the unseen VOA set
/// (tests/eval/entities-voa.yaml), the latter also per split (dev: tuned on; test: reported only). Exits 1 when any
/// set's overall F1 is under the floor (CI enforces one per set). The sub-command `kg eval claims`
/// (<see cref="EvalClaimsCommand"/>) scores claims against tests/eval/claims.yaml, and `kg eval coreference`
/// (<see cref="EvalCoreferenceCommand"/>) pronouns and descriptions against tests/eval/coreference.yaml.
/// </summary>
internal sealed class EvalCommand(CliContext context) : ICliCommand
{
    private static readonly string[] DefaultSets = [Path.Combine("tests", "eval", "entities.yaml"), Path.Combine("tests", "eval", "entities-voa.yaml")];

    /// <inheritdoc/>
    public Command Build()
    {
        Option<string[]> data = new("--data") { Description = "Annotated paragraphs (YAML); repeat for several sets. Default: the seed and VOA sets.", AllowMultipleArgumentsPerToken = false };
        Option<double> floor = new("--floor") { Description = "Fail (exit 1) when a set's overall F1 is below this.", DefaultValueFactory = _ => 0.0 };
        Option<double> min = new("--min-confidence") { Description = "Mentions below this confidence do not count as predictions.", DefaultValueFactory = _ => 0.5 };
        Option<string?> split = new("--split") { Description = "Score and list only the paragraphs of this split (dev or test)." };
        Option<bool> verbose = new("--verbose") { Description = "List every false positive (+) and false negative (-)." };
        Option<string?> gazetteers = SharedOptions.Gazetteers();
        var command = new Command("eval", "Evaluate entity extraction against the annotated paragraphs; `kg eval claims` evaluates claims, `kg eval coreference` coreference.") { data, floor, min, split, verbose, gazetteers };
        command.Subcommands.Add(new EvalClaimsCommand(context).Build());
        command.Subcommands.Add(new EvalCoreferenceCommand(context).Build());
        command.Subcommands.Add(new EvalPairsCommand(context).Build());
        command.SetAction(parse =>
        {
            string[] sets = parse.GetValue(data) is { Length: > 0 } given ? given : DefaultSets.Where(File.Exists).ToArray();
            return Run(sets, parse.GetValue(floor), parse.GetValue(min), parse.GetValue(split), parse.GetValue(verbose), context.Settings.Gazetteers(parse.GetValue(gazetteers)));
        });
        return command;
    }

    private int Run(string[] sets, double floor, double min, string? split, bool verbose, string gazetteers)
    {
        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteers }, context.Console.Attach(new DiagnosticBag()));
        var evaluator = new EntityEvaluator(pipeline, IngestOptions.FromGazetteerDirectory(gazetteers)) { MinimumConfidence = min };
        int exit = ExitCodes.Success;
        foreach (string set in sets)
        {
            exit = Math.Max(exit, RunSet(evaluator, set, floor, split, verbose));
        }

        return exit;
    }

    private int RunSet(EntityEvaluator evaluator, string set, double floor, string? split, bool verbose)
    {
        KgConsole console = context.Console;
        IReadOnlyList<AnnotatedParagraph> gold = evaluator.Curate(EntityEvalSet.Load(set));
        List<AnnotatedParagraph> scored = split is null ? [.. gold] : gold.Where(p => p.Split == split).ToList();
        EntityPredictions predictions = evaluator.Predict(gold, Directory.GetCurrentDirectory());
        EntityEvalResult result = EntityEvaluator.Score(scored, predictions);
        string label = split is null ? "" : $", split {split}";
        console.Line($"entities ({set}{label}): {result.Paragraphs} paragraphs, {scored.Sum(p => p.Entities.Count)} gold entities");
        foreach ((string type, Score score) in result.ByType)
        {
            console.Line($"  {type,-13} {score}");
        }

        foreach (string part in split is null ? scored.Select(p => p.Split).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList() : [])
        {
            console.Line($"  {part,-13} {EntityEvaluator.Score(scored.Where(p => p.Split == part), predictions).Overall}");
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
            console.Note($"{set}: F1 {result.Overall.F1:0.000} is below the floor {floor:0.000}");
            return ExitCodes.RuntimeError;
        }

        return ExitCodes.Success;
    }
}
