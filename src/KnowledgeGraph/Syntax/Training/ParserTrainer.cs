using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Parsing;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Trains the <see cref="DependencyParser"/> with the arc-eager dynamic oracle and error exploration (Goldberg and
/// Nivre 2012): at every configuration the best-scoring move among those of least cost is the target; from the
/// second epoch on, the parser follows its own prediction with probability <see cref="Explore"/>, so it learns to
/// recover from its mistakes. Trains on predicted tags, as it will parse.
/// </summary>
internal sealed class ParserTrainer
{
    /// <summary>Probability of following the model's own (possibly wrong) move after the first epoch.</summary>
    public double Explore { get; init; } = 0.9;

    /// <summary>Averaged weights below this magnitude are dropped from the model.</summary>
    public float Prune { get; init; }

    /// <summary>Features in fewer updates than this are dropped from the model (<see cref="TrainingOptions.MinUpdates"/>).</summary>
    public int MinUpdates { get; init; } = 1;

    /// <summary>Trains for <paramref name="epochs"/> epochs and returns the parser of the epoch <paramref name="score"/> rates highest.</summary>
    public DependencyParser Train(
        IReadOnlyList<TreebankSentence> train, int epochs, Random random, Func<DependencyParser, double>? score = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(random);
        int[][] gold = [.. train.Select(s => Projectiviser.Lift(s.Heads, out _))];
        var model = new SparsePerceptron(DependencyParser.MoveCount);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var words = new SentenceWords();
        var st = new ParseState();
        var features = new ulong[ParserFeatures.Max];
        var scores = new float[DependencyParser.MoveCount];
        var costs = new int[DependencyParser.MoveCount];
        DependencyParser? best = null;
        double bestScore = double.NegativeInfinity;
        long done = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                TreebankSentence sent = train[index];
                ReadOnlySpan<int> heads = gold[index];
                words.Load(sent.Text, sent.Tokens);
                st.Reset(sent.Count);
                while (!st.IsTerminal)
                {
                    if (st.Depth == 0)
                    {
                        st.Apply(Move.Shift);
                        continue;
                    }

                    int count = ParserFeatures.Extract(st, words, sent.PredictedXpos, sent.PredictedUpos, features);
                    ReadOnlySpan<ulong> active = features.AsSpan(0, count);
                    Array.Clear(scores);
                    model.Score(active, scores);
                    Move predicted = DependencyParser.BestLegal(st, scores);
                    Move target = BestOfLeastCost(st, heads, scores, costs);
                    if (costs[(int)predicted] > costs[(int)target])
                    {
                        model.Update(active, (int)target, 1f);
                        model.Update(active, (int)predicted, -1f);
                    }

                    model.Tick();
                    bool explore = epoch > 1 && random.NextDouble() < Explore;
                    st.Apply(explore ? predicted : target);
                }

                progress?.Invoke(++done);
            }

            var parser = new DependencyParser(model.ToTable(Prune, MinUpdates));
            double value = score?.Invoke(parser) ?? epoch;
            if (value > bestScore)
            {
                (best, bestScore) = (parser, value);
            }
        }

        return best ?? throw new ArgumentOutOfRangeException(nameof(epochs), "at least one epoch is needed");
    }

    /// <summary>Fills <paramref name="costs"/> for every legal move and returns the best-scoring move of least cost.</summary>
    private static Move BestOfLeastCost(ParseState st, ReadOnlySpan<int> gold, ReadOnlySpan<float> scores, Span<int> costs)
    {
        int least = int.MaxValue;
        for (int m = 0; m < costs.Length; m++)
        {
            costs[m] = st.IsLegal((Move)m) ? ArcEagerOracle.Cost((Move)m, st, gold) : int.MaxValue;
            least = Math.Min(least, costs[m]);
        }

        Move best = Move.Shift;
        bool found = false;
        for (int m = 0; m < costs.Length; m++)
        {
            if (costs[m] == least && (!found || scores[m] > scores[(int)best]))
            {
                best = (Move)m;
                found = true;
            }
        }

        return best;
    }
}
