using System.Diagnostics;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Recognise;
using KnowledgeGraph.Recognise.Ner;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The recogniser part of `kg train`: loads the NER data (<see cref="NerTrainingData"/>), fills POS tags with the
/// model's tagger and gazetteer cues, trains (<see cref="NerTrainer"/>), prints every epoch and the held-out scores,
/// and returns the model for the "ner" section of the model file.
/// </summary>
internal static class NerTraining
{
    public static NerModel Train(KgConsole console, SyntaxModel syntax, IReadOnlyList<string> data, string gazetteers, int epochs, int seed, float prune)
    {
        NerTrainingData sets = NerTrainingData.Load(data);
        sets.Report.ForEach(console.Line);
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer = GazetteerLoader.Load(gazetteers);
        var preparer = new NerPreparer(syntax, new FormTrie(gazetteer.Forms), new CueSet(gazetteer.Cues, gazetteer.CommonWords));
        preparer.Prepare(sets.Train.Concat(sets.Selection).Concat(sets.HeldOut));
        NerModel model = new NerTrainer(epochs, seed, prune, console.Line).Train(sets.Train, sets.Selection, string.Join(", ", data));
        NerScores heldOut = NerEvaluator.Evaluate(model, sets.HeldOut);
        console.Line($"ner: held out {heldOut}");
        return new NerModel(WeightsOf(model), model.Temperature, model.Description + $"held-out: {heldOut}\n");
    }

    /// <summary>`kg train --ner-only`: adds (or replaces) the "ner" section of the model file at <paramref name="output"/>.</summary>
    public static int RunOnly(KgConsole console, IReadOnlyList<string> data, string output, string gazetteers, int epochs, int seed, float prune)
    {
        var clock = Stopwatch.StartNew();
        ModelFile file = ModelFile.Read(output);
        SyntaxModel syntax = SyntaxModel.From(file);
        NerModel model = Train(console, syntax, data, gazetteers, epochs, seed, prune);
        ModelFileWriter writer = ModelFileWriter.From(file);
        writer.Set(NerModel.SectionName, NerModel.SectionVersion, model.ToBytes());
        writer.Write(output);
        console.Line($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:0.0} MB) in {clock.Elapsed.TotalMinutes:0.0} min");
        return ExitCodes.Success;
    }

    private static KnowledgeGraph.Syntax.Features.WeightTable WeightsOf(NerModel model) => model.Weights;
}
