using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Parsing;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Trains the <see cref="DependencyParser"/> for beam search with a global averaged perceptron and max-violation
/// updates (Huang, Fayong and Guo 2012): at the step where the best hypothesis leads the gold prefix by most, the gold
/// prefix's features are rewarded and the best hypothesis's penalised, move by move.
/// Gold sequences come from the projectivised trees (<see cref="StaticOracle"/>); tags are the predicted ones.
/// </summary>
internal sealed class BeamParserTrainer
{
    public BeamParserTrainer(int beam)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beam, 2);
        Beam = beam;
    }

    public int Beam { get; }

    /// <summary>Averaged weights below this magnitude are dropped from the model.</summary>
    public float Prune { get; init; }

    /// <summary>Features in fewer updates than this are dropped from the model (<see cref="TrainingOptions.MinUpdates"/>).</summary>
    public int MinUpdates { get; init; } = 1;

    public DependencyParser Train(
        IReadOnlyList<TreebankSentence> train, int epochs, Random random, Func<DependencyParser, double>? score = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(random);
        byte[][] gold = [.. train.Select(s => StaticOracle.Moves(Projectiviser.Lift(s.Heads, out _)))];
        var model = new SparsePerceptron(DependencyParser.MoveCount);
        var search = new BeamSearch(Beam);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var words = new SentenceWords();
        var replay = new ParseState();
        var features = new ulong[ParserFeatures.Max];
        var best = new byte[512];
        DependencyParser? kept = null;
        double keptScore = double.NegativeInfinity;
        long done = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                TreebankSentence sent = train[index];
                words.Load(sent.Text, sent.Tokens);
                int steps = search.Run(words, sent.PredictedXpos, sent.PredictedUpos, model.Score, gold[index]);
                if (steps > 0)
                {
                    if (best.Length < steps)
                    {
                        best = new byte[steps * 2];
                    }

                    search.Violating(steps).CopyTo(best);
                    Update(model, replay, words, sent.PredictedXpos, sent.PredictedUpos, gold[index].AsSpan(0, steps), best.AsSpan(0, steps), features);
                }

                model.Tick();
                progress?.Invoke(++done);
            }

            var parser = new DependencyParser(model.ToTable(Prune, MinUpdates), Beam);
            double value = score?.Invoke(parser) ?? epoch;
            if (value > keptScore)
            {
                (kept, keptScore) = (parser, value);
            }
        }

        return kept ?? throw new ArgumentOutOfRangeException(nameof(epochs), "at least one epoch is needed");
    }

    /// <summary>Rewards the gold prefix's moves and penalises the predicted prefix's, from the first step they differ.</summary>
    private static void Update(
        SparsePerceptron model, ParseState st, SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, ReadOnlySpan<byte> goldMoves,
        ReadOnlySpan<byte> predicted, ulong[] features)
    {
        int same = 0;
        while (same < goldMoves.Length && goldMoves[same] == predicted[same])
        {
            same++;
        }

        Replay(model, st, words, tags, upos, goldMoves, same, 1f, features);
        Replay(model, st, words, tags, upos, predicted, same, -1f, features);
    }

    private static void Replay(
        SparsePerceptron model, ParseState st, SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, ReadOnlySpan<byte> moves, int from,
        float delta, ulong[] features)
    {
        st.Reset(words.Count);
        for (int step = 0; step < moves.Length; step++)
        {
            byte move = moves[step];
            if (move == 255)
            {
                st.ApplyFinal();
                continue;
            }

            if (step >= from && st.Depth > 0)
            {
                int count = ParserFeatures.Extract(st, words, tags, upos, features);
                model.Update(features.AsSpan(0, count), move, delta);
            }

            st.Apply((Move)move);
        }
    }
}
