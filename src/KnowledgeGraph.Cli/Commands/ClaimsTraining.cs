using System.Diagnostics;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Learned;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The relation-model part of `kg train` (`--claims FILE...`): reads every annotated sentence of the claim sets inside
/// its article with the production pipeline of the model file at the output path (rules only), turns its pairs of
/// mentions into examples (<see cref="RelationTrainingData"/>), trains (<see cref="RelationTrainer"/>), prints the
/// held-out figures, and adds (or replaces) the "claims" section of that model file.
/// </summary>
internal static class ClaimsTraining
{
    public static int Run(KgConsole console, IReadOnlyList<string> sets, string output, string gazetteers, int epochs, int seed, float precision)
    {
        var clock = Stopwatch.StartNew();
        ModelFile file = ModelFile.Read(output);
        DiagnosticBag diagnostics = console.Attach(new DiagnosticBag());
        PredicateLexicon lexicon = PredicateLexiconLoader.Load(Path.Combine(gazetteers, PredicateLexiconLoader.FileName), diagnostics);
        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteers, ModelPath = output, LearnedClaims = false }, diagnostics);
        var ingest = new IngestOptions { Cues = IngestCuesLoader.LoadOrDefault(gazetteers), MarkRepeats = false };
        RelationLabels labels = RelationLabels.Of(lexicon);
        var data = new RelationTrainingData(labels, lexicon);
        foreach (string path in sets)
        {
            ClaimEvalSet set = ClaimEvalLoader.Load(path, lexicon);
            ArticleRead read = ArticleClaimReader.Read(set.Sentences, ArticleClaimReader.RootOf(path, set.Sentences), ingest, pipeline.Process);
            data.Add(set, read);
            console.Line($"claims: {path}: {set.Sentences.Count} sentences, {read.Sentences.Count} found in their articles");
        }

        console.Line($"claims: {data.Sentences} sentences, {data.Claims} annotated claims, {data.Placed} on a pair of the sentence's mentions ({data.Doubled} pairs with a second relation left out), {data.Examples.Count} pairs");
        var trainer = new RelationTrainer(epochs, seed, targetPrecision: precision);
        (RelationModel model, RelationHeldOut heldOut) = trainer.Train(data.Examples, labels, new RelationTypes(labels, lexicon), $"trained on: {string.Join(", ", sets)}\n");
        foreach (string line in model.Description.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("held-out", StringComparison.Ordinal)))
        {
            console.Line($"claims: {line}");
        }

        ModelFileWriter writer = ModelFileWriter.From(file);
        writer.Set(RelationModel.SectionName, RelationModel.SectionVersion, model.ToBytes());
        writer.Write(output);
        console.Line($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:0.0} MB) in {clock.Elapsed.TotalMinutes:0.0} min");
        return ExitCodes.Success;
    }
}
