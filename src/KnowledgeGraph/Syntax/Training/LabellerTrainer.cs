using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Parsing;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Trains the <see cref="ArcLabeller"/> on gold trees with predicted tags, top-down as it labels, using its own
/// predicted relations for the heads' relations and left siblings (as at run time).
/// </summary>
internal sealed class LabellerTrainer
{
    /// <summary>Averaged weights below this magnitude are dropped from the model.</summary>
    public float Prune { get; init; }

    /// <summary>Features in fewer updates than this are dropped from the model (<see cref="TrainingOptions.MinUpdates"/>).</summary>
    public int MinUpdates { get; init; } = 1;

    public ArcLabeller Train(
        IReadOnlyList<TreebankSentence> train, int epochs, Random random, Func<ArcLabeller, double>? score = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(random);
        var model = new SparsePerceptron(DepRels.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var words = new SentenceWords();
        var tree = new TreeIndex();
        var features = new ulong[LabellerFeatures.Max];
        var scores = new float[DepRels.Count];
        var labels = new DepRel[256];
        ArcLabeller? best = null;
        double bestScore = double.NegativeInfinity;
        long done = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                TreebankSentence sent = train[index];
                words.Load(sent.Text, sent.Tokens);
                tree.Build(sent.Heads);
                if (sent.Count > labels.Length)
                {
                    labels = new DepRel[sent.Count * 2];
                }

                foreach (int d in tree.TopDown)
                {
                    if (sent.Heads[d] < 0)
                    {
                        labels[d] = DepRel.Root;
                        continue;
                    }

                    int count = LabellerFeatures.Extract(words, sent.PredictedXpos, sent.PredictedUpos, sent.Heads, tree, labels, d, features);
                    ReadOnlySpan<ulong> active = features.AsSpan(0, count);
                    Array.Clear(scores);
                    model.Score(active, scores);
                    DepRel predicted = ArcLabeller.Best(scores);
                    if (predicted != sent.Relations[d])
                    {
                        model.Update(active, (int)sent.Relations[d], 1f);
                        model.Update(active, (int)predicted, -1f);
                    }

                    labels[d] = predicted;
                    model.Tick();
                }

                progress?.Invoke(++done);
            }

            var labeller = new ArcLabeller(model.ToTable(Prune, MinUpdates));
            double value = score?.Invoke(labeller) ?? epoch;
            if (value > bestScore)
            {
                (best, bestScore) = (labeller, value);
            }
        }

        return best ?? throw new ArgumentOutOfRangeException(nameof(epochs), "at least one epoch is needed");
    }
}
