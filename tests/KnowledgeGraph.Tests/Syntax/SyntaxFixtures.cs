using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.Conllu;
using KnowledgeGraph.Syntax.Training;

namespace KnowledgeGraph.Tests.Syntax;

/// <summary>The small CoNLL-U fixtures and a tiny model trained on them once per test run (a second or two).</summary>
internal static class SyntaxFixtures
{
    private static readonly Lazy<SyntaxModel> Tiny = new(() => TrainTiny(seed: 1));

    public static string Folder => RepoPaths.Of(Path.Combine("tests", "KnowledgeGraph.Tests", "Syntax", "Fixtures"));

    public static string Korea => Path.Combine(Folder, "GUM_news_korea.conllu");

    public static string Ewt => Path.Combine(Folder, "en_ewt-sample.conllu");

    /// <summary>The shipped model (models/kg-en.model).</summary>
    public static SyntaxModel Shipped => SyntaxModel.Load(RepoPaths.Of(SyntaxModel.DefaultPath));

    /// <summary>A model trained on all three fixture files (gold tags, no dev set).</summary>
    public static SyntaxModel TinyModel => Tiny.Value;

    /// <summary>Every fixture sentence, freshly read.</summary>
    public static List<TreebankSentence> Sentences() =>
        [.. Directory.GetFiles(Folder, "*.conllu").Order(StringComparer.Ordinal).SelectMany(ConlluReader.Read).Select(TreebankSentence.From)];

    public static SyntaxModel TrainTiny(int seed, int epochs = 8)
    {
        var options = new TrainingOptions { Seed = seed, Folds = 0, TaggerEpochs = epochs, ParserEpochs = epochs + 4, LabellerEpochs = epochs, Prune = 0, MinUpdates = 1 };
        return new SyntaxTrainer(options, Silent).Train(Sentences(), [], []);
    }

    /// <summary>A training listener that reports nothing.</summary>
    public static ITrainingListener Silent { get; } = new SilentListener();

    private sealed class SilentListener : ITrainingListener
    {
        public void Note(string line)
        {
        }

        public void Progress(string phase, long done, long total)
        {
        }

        public void Epoch(string component, int epoch, int epochs, IReadOnlyList<(string Set, SyntaxScores Scores)> scores)
        {
        }
    }
}
