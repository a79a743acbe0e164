using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Tagging;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Trains the <see cref="PosTagger"/>: greedy left to right over shuffled sentences (the tag history is the
/// tagger's own predictions, as at run time), one perceptron update per wrong XPOS and per wrong UPOS.
/// </summary>
internal sealed class TaggerTrainer
{
    private readonly TaggerLexicon lexicon;
    private readonly float prune;
    private readonly int minUpdates;

    public TaggerTrainer(TaggerLexicon lexicon, float prune, int minUpdates = 1)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.lexicon = lexicon;
        this.prune = prune;
        this.minUpdates = minUpdates;
    }

    /// <summary>
    /// Trains for <paramref name="epochs"/> epochs and returns the tagger of the epoch <paramref name="score"/> rates
    /// highest (the last epoch when no score is given), calling <paramref name="epochDone"/> after each epoch.
    /// </summary>
    public PosTagger Train(
        IReadOnlyList<TreebankSentence> train, int epochs, Random random, Func<PosTagger, double>? score = null,
        Action<int, PosTagger>? epochDone = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(random);
        int xposCount = lexicon.Tags.Count;
        var model = new SparsePerceptron(xposCount + UposTags.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var words = new SentenceWords();
        var ambiguity = new ulong[256];
        var predicted = new byte[256];
        var features = new ulong[TaggerFeatures.Max];
        var scores = new float[model.ClassCount];
        var helper = new PosTagger(lexicon.Tags, WeightTable.Create(model.ClassCount, [], [], [], []), lexicon.Words, lexicon.AllowedUpos, lexicon.Sure);
        PosTagger? best = null;
        double bestScore = double.NegativeInfinity;
        long done = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                TreebankSentence sent = train[index];
                words.Load(sent.Text, sent.Tokens);
                if (sent.Count > predicted.Length)
                {
                    ambiguity = new ulong[sent.Count * 2];
                    predicted = new byte[sent.Count * 2];
                }

                helper.Ambiguity(words, ambiguity);
                for (int i = 0; i < sent.Count; i++)
                {
                    ulong known = helper.SureTags(words.Exact[i]);
                    if (known != 0)
                    {
                        predicted[i] = (byte)(known & 0xFF);
                        continue;
                    }

                    int count = TaggerFeatures.Extract(words, ambiguity, predicted, i, features);
                    ReadOnlySpan<ulong> active = features.AsSpan(0, count);
                    Array.Clear(scores);
                    model.Score(active, scores);
                    int xpos = PosTagger.ArgMax(scores.AsSpan(0, xposCount));
                    int gold = sent.XposClasses[i];
                    if (xpos != gold)
                    {
                        model.Update(active, gold, 1f);
                        model.Update(active, xpos, -1f);
                    }

                    int upos = (int)helper.BestUpos(scores.AsSpan(xposCount), xpos);
                    int goldUpos = (int)sent.Upos[i];
                    if (upos != goldUpos)
                    {
                        model.Update(active, xposCount + goldUpos, 1f);
                        model.Update(active, xposCount + upos, -1f);
                    }

                    predicted[i] = (byte)xpos;
                    model.Tick();
                }

                progress?.Invoke(++done);
            }

            var tagger = new PosTagger(lexicon.Tags, model.ToTable(prune, minUpdates), lexicon.Words, lexicon.AllowedUpos, lexicon.Sure);
            epochDone?.Invoke(epoch, tagger);
            double value = score?.Invoke(tagger) ?? epoch;
            if (value > bestScore)
            {
                (best, bestScore) = (tagger, value);
            }
        }

        return best ?? throw new ArgumentOutOfRangeException(nameof(epochs), "at least one epoch is needed");
    }

    /// <summary>Tags <paramref name="sentences"/> with <paramref name="tagger"/> into their predicted-tag fields.</summary>
    public static void TagInto(PosTagger tagger, IEnumerable<TreebankSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var words = new SentenceWords();
        foreach (TreebankSentence sent in sentences)
        {
            var output = new SyntaxToken[sent.Count];
            words.Load(sent.Text, sent.Tokens);
            tagger.Tag(words, output);
            sent.PredictedXpos = [.. output.Select(t => t.Xpos)];
            sent.PredictedUpos = [.. output.Select(t => t.Upos)];
        }
    }
}
