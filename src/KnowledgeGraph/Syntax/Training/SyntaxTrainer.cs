using System.Globalization;
using System.Text;
using KnowledgeGraph.Syntax.Lemmas;
using KnowledgeGraph.Syntax.Parsing;
using KnowledgeGraph.Syntax.Tagging;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Trains the whole language layer from treebank sentences, in order: tag set and word lexicon, tagger (epoch chosen
/// on dev UPOS), jack-knifed tags for the training data, lemmatiser, parser (epoch chosen on dev UAS), labeller (epoch
/// chosen on dev LAS over the parser's trees). Dev sets are scored every epoch and reported. Deterministic: one seeded
/// generator drives every shuffle and exploration draw, single-threaded.
/// </summary>
internal sealed class SyntaxTrainer
{
    private readonly TrainingOptions options;
    private readonly ITrainingListener listener;

    public SyntaxTrainer(TrainingOptions options, ITrainingListener listener)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(listener);
        options.Validate();
        this.options = options;
        this.listener = listener;
    }

    public SyntaxModel Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<DevSet> dev, IReadOnlyList<string> dataReport)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        var random = new Random(options.Seed);
        TaggerLexicon lexicon = TaggerLexicon.Build(train);
        lexicon.Assign(dev.SelectMany(d => d.Sentences));
        listener.Note($"{train.Count:N0} training sentences ({train.Sum(s => s.Count):N0} words), {lexicon.Tags.Count} XPOS tags, {lexicon.Words.Count:N0} words with known tag sets");
        var allDev = dev.SelectMany(d => d.Sentences).ToList();

        int taggerEpoch = 0, epoch = 0;
        PosTagger tagger = new TaggerTrainer(lexicon, options.Prune, options.MinUpdates).Train(
            train, options.TaggerEpochs, random,
            score: t => Selected("tagger", ++epoch, options.TaggerEpochs, dev, s => SyntaxEvaluator.Score(s, tagger: t), s => s.UposAccuracy, ref taggerEpoch),
            progress: Progress("tagger", train.Count * (long)options.TaggerEpochs));
        listener.Note($"tagger: kept epoch {taggerEpoch}, {tagger.FeatureCount:N0} features");
        TaggerTrainer.TagInto(tagger, allDev);
        JackKnife(train, lexicon, Math.Max(1, taggerEpoch), random);

        foreach (TreebankSentence sent in train)
        {
            sent.PredictedHeads = sent.Heads;
        }

        Lemmatiser lemmatiser = LemmatiserBuilder.Build(train);
        listener.Note($"lemmatiser: {lemmatiser.RuleCount:N0} suffix rules, {lemmatiser.LexiconSize:N0} lexicon entries");

        int parserEpoch = 0;
        epoch = 0;
        Func<DependencyParser, double> parserScore = p => Selected("parser", ++epoch, options.ParserEpochs, dev, s => SyntaxEvaluator.Score(s, parser: p), s => s.Uas, ref parserEpoch);
        Action<long> parserProgress = Progress("parser", train.Count * (long)options.ParserEpochs);
        DependencyParser parser = options.Beam > 1
            ? new BeamParserTrainer(options.Beam) { Prune = options.Prune, MinUpdates = options.MinUpdates }.Train(train, options.ParserEpochs, random, parserScore, parserProgress)
            : new ParserTrainer { Prune = options.Prune, MinUpdates = options.MinUpdates }.Train(train, options.ParserEpochs, random, parserScore, parserProgress);
        listener.Note($"parser: kept epoch {parserEpoch}, {parser.FeatureCount:N0} features");
        SyntaxEvaluator.ParseInto(parser, allDev);

        int labellerEpoch = 0;
        epoch = 0;
        ArcLabeller labeller = new LabellerTrainer { Prune = options.Prune, MinUpdates = options.MinUpdates }.Train(
            train, options.LabellerEpochs, random,
            score: l => Selected("labeller", ++epoch, options.LabellerEpochs, dev, s => SyntaxEvaluator.Score(s, labeller: l), s => s.Las, ref labellerEpoch),
            progress: Progress("labeller", train.Count * (long)options.LabellerEpochs));
        listener.Note($"labeller: kept epoch {labellerEpoch}, {labeller.FeatureCount:N0} features");

        var description = new StringBuilder();
        description.Append(CultureInfo.InvariantCulture, $"model: kg-en syntax (averaged-perceptron tagger, arc-eager parser with dynamic oracle, arc labeller)\n");
        description.Append(CultureInfo.InvariantCulture, $"seed: {options.Seed}\n");
        description.Append(CultureInfo.InvariantCulture, $"epochs kept: tagger {taggerEpoch}/{options.TaggerEpochs}, parser {parserEpoch}/{options.ParserEpochs} (beam {options.Beam}), labeller {labellerEpoch}/{options.LabellerEpochs}; jack-knife folds {options.Folds}; prune {options.Prune.ToString(CultureInfo.InvariantCulture)}, min updates {options.MinUpdates}\n");
        foreach (string line in dataReport)
        {
            description.Append("data: ").Append(line).Append('\n');
        }

        foreach (DevSet set in dev)
        {
            SyntaxScores scores = SyntaxEvaluator.Score(set.Sentences, tagger, lemmatiser, parser, labeller);
            description.Append(CultureInfo.InvariantCulture, $"dev {set.Name}: {scores}\n");
            listener.Note($"final {set.Name}: {scores}");
        }

        return new SyntaxModel(tagger, lemmatiser, parser, labeller, description.ToString());
    }

    /// <summary>Tags each fold of the training data with a tagger trained on the other folds (or copies gold tags).</summary>
    private void JackKnife(IReadOnlyList<TreebankSentence> train, TaggerLexicon lexicon, int epochs, Random random)
    {
        if (options.Folds < 2)
        {
            foreach (TreebankSentence sent in train)
            {
                sent.PredictedXpos = sent.XposClasses;
                sent.PredictedUpos = sent.Upos;
            }

            return;
        }

        for (int fold = 0; fold < options.Folds; fold++)
        {
            var rest = new List<TreebankSentence>(train.Count);
            var held = new List<TreebankSentence>(train.Count / options.Folds + 1);
            for (int i = 0; i < train.Count; i++)
            {
                (i % options.Folds == fold ? held : rest).Add(train[i]);
            }

            listener.Note($"jack-knife fold {fold + 1}/{options.Folds}: tagger on {rest.Count:N0} sentences, {epochs} epochs");
            PosTagger tagger = new TaggerTrainer(lexicon, options.Prune, options.MinUpdates).Train(rest, epochs, random, progress: Progress($"fold {fold + 1}", rest.Count * (long)epochs));
            TaggerTrainer.TagInto(tagger, held);
        }
    }

    private double Selected(
        string component, int epoch, int epochs, IReadOnlyList<DevSet> dev, Func<IReadOnlyList<TreebankSentence>, SyntaxScores> score,
        Func<SyntaxScores, double> metric, ref int bestEpoch)
    {
        var results = dev.Select(d => (d.Name, score(d.Sentences))).ToList();
        listener.Epoch(component, epoch, epochs, results);
        SyntaxScores all = results.Aggregate(SyntaxScores.Empty, (a, r) => a + r.Item2);
        double value = dev.Count == 0 ? epoch : metric(all);
        if (bestEpoch == 0 || value > bestSoFar[component])
        {
            bestSoFar[component] = value;
            bestEpoch = epoch;
        }

        return value;
    }

    private readonly Dictionary<string, double> bestSoFar = new(StringComparer.Ordinal);

    private Action<long> Progress(string phase, long total) => done => listener.Progress(phase, done, total);
}
