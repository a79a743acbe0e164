using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// Trains the <see cref="RelationModel"/>: an averaged perceptron (shuffled examples, a fixed seed, so the same data
/// gives the same model). Folds by document first give every example a held-out score; on those the softmax
/// temperature is fitted (least log loss) and a threshold chosen per predicate: the least probability at which the
/// held-out relations of that predicate the model would state reach <see cref="TargetPrecision"/> (strict: class and
/// direction right), counting only pairs the claim rules left unrelated, the only ones it is asked about at run time.
/// A predicate that never reaches it is never stated. The model itself is then trained on everything.
/// </summary>
internal sealed class RelationTrainer
{
    private readonly int epochs;
    private readonly int seed;
    private readonly int folds;

    public RelationTrainer(int epochs = 5, int seed = 1, int folds = 5, float targetPrecision = 0.8f)
    {
        this.epochs = epochs;
        this.seed = seed;
        this.folds = folds;
        TargetPrecision = targetPrecision;
    }

    /// <summary>Held-out precision the thresholds are chosen for.</summary>
    public float TargetPrecision { get; }

    /// <summary>Held-out relations of a predicate that must be right at its threshold (fewer: the predicate is never stated).</summary>
    public int MinimumRight { get; init; } = 5;

    /// <summary>Trains on <paramref name="examples"/>; <paramref name="description"/> starts the model's description.</summary>
    public (RelationModel Model, RelationHeldOut HeldOut) Train(IReadOnlyList<RelationExample> examples, RelationLabels labels, RelationTypes types, string description)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(types);
        var scores = new float[examples.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var train = new List<RelationExample>();
            var held = new List<int>();
            for (int i = 0; i < examples.Count; i++)
            {
                if (examples[i].Document % folds == fold)
                {
                    held.Add(i);
                }
                else
                {
                    train.Add(examples[i]);
                }
            }

            WeightTable table = Fit(train, labels.Count);
            foreach (int i in held)
            {
                scores[i] = new float[labels.Count];
                foreach (ulong feature in examples[i].Features)
                {
                    table.Add(feature, scores[i]);
                }
            }
        }

        float temperature = FitTemperature(examples, scores, types);
        (float[] thresholds, RelationHeldOut heldOut, List<string> perPredicate) = ChooseThresholds(examples, scores, temperature, labels, types);
        WeightTable weights = Fit(examples, labels.Count);
        string text = description
            + $"examples: {examples.Count} pairs, {examples.Count(e => e.Label != RelationLabels.None)} related\n"
            + $"epochs: {epochs}, seed: {seed}, folds: {folds}\n"
            + $"temperature: {temperature:0.###}; thresholds per predicate for held-out precision {TargetPrecision:0.##} with {MinimumRight} right at least\n"
            + $"held-out (pairs the rules left unrelated): {heldOut}\n"
            + string.Concat(perPredicate.Select(line => $"held-out {line}\n"));
        return (new RelationModel(weights, labels, temperature, thresholds, text), heldOut);
    }

    private WeightTable Fit(IReadOnlyList<RelationExample> examples, int classes)
    {
        var perceptron = new SparsePerceptron(classes);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var scores = new float[classes];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                RelationExample example = examples[i];
                Array.Clear(scores);
                perceptron.Score(example.Features, scores);
                int guess = 0;
                for (int c = 1; c < classes; c++)
                {
                    if (scores[c] > scores[guess])
                    {
                        guess = c;
                    }
                }

                if (guess != example.Label)
                {
                    perceptron.Update(example.Features, example.Label, 1f);
                    perceptron.Update(example.Features, guess, -1f);
                }

                perceptron.Tick();
            }
        }

        return perceptron.ToTable();
    }

    /// <summary>The temperature of least held-out log loss, on a grid.</summary>
    private static float FitTemperature(IReadOnlyList<RelationExample> examples, float[][] scores, RelationTypes types)
    {
        float best = 1;
        double least = double.MaxValue;
        for (float t = 0.25f; t <= 64; t *= 1.25f)
        {
            double loss = 0;
            for (int i = 0; i < examples.Count; i++)
            {
                float[] s = scores[i];
                ReadOnlySpan<bool> allowed = types.Allowed(examples[i].First, examples[i].Second);
                if (!allowed[examples[i].Label])
                {
                    continue;
                }

                float max = float.MinValue;
                for (int c = 0; c < s.Length; c++)
                {
                    max = allowed[c] ? Math.Max(max, s[c]) : max;
                }

                double sum = 0;
                for (int c = 0; c < s.Length; c++)
                {
                    sum += allowed[c] ? Math.Exp((s[c] - max) / t) : 0;
                }

                loss -= ((s[examples[i].Label] - max) / t) - Math.Log(sum);
            }

            if (loss < least)
            {
                least = loss;
                best = t;
            }
        }

        return best;
    }

    /// <summary>
    /// Per predicate, the least held-out probability at which the relations of that predicate the model would state are
    /// right at least <see cref="TargetPrecision"/> of the time with at least <see cref="MinimumRight"/> right
    /// (<see cref="RelationModel.Never"/> for a predicate that never gets there), and the held-out figures at those
    /// thresholds, overall and per predicate.
    /// </summary>
    private (float[] Thresholds, RelationHeldOut HeldOut, List<string> PerPredicate) ChooseThresholds(IReadOnlyList<RelationExample> examples, float[][] scores, float temperature, RelationLabels labels, RelationTypes types)
    {
        var stated = new Dictionary<string, List<(float Probability, bool Right)>>(StringComparer.Ordinal);
        var related = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < examples.Count; i++)
        {
            if (examples[i].Ruled)
            {
                continue;
            }

            if (examples[i].Label != RelationLabels.None)
            {
                string gold = labels.Decode(examples[i].Label).Predicate;
                related[gold] = related.GetValueOrDefault(gold) + 1;
            }

            (int label, float probability) = RelationModel.Best(scores[i], temperature, types.Allowed(examples[i].First, examples[i].Second));
            if (label != RelationLabels.None)
            {
                string predicate = labels.Decode(label).Predicate;
                if (!stated.TryGetValue(predicate, out var list))
                {
                    stated.Add(predicate, list = []);
                }

                list.Add((probability, label == examples[i].Label));
            }
        }

        var thresholds = new float[labels.Count];
        Array.Fill(thresholds, RelationModel.Never);
        int allStated = 0, allRight = 0;
        var lines = new List<string>();
        foreach ((string predicate, var list) in stated.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            list.Sort((x, y) => y.Probability.CompareTo(x.Probability));
            float threshold = RelationModel.Never;
            int right = 0, kept = 0, keptRight = 0;
            for (int k = 0; k < list.Count; k++)
            {
                right += list[k].Right ? 1 : 0;
                bool last = k + 1 == list.Count || list[k + 1].Probability < list[k].Probability;
                if (last && right >= MinimumRight && right >= TargetPrecision * (k + 1))
                {
                    threshold = list[k].Probability;
                    kept = k + 1;
                    keptRight = right;
                }
            }

            for (int c = 1; c < labels.Count; c++)
            {
                if (labels.Decode(c).Predicate == predicate)
                {
                    thresholds[c] = threshold;
                }
            }

            allStated += kept;
            allRight += keptRight;
            lines.Add($"{predicate}: {list.Count(x => x.Right)} right of {list.Count} stated, {related.GetValueOrDefault(predicate)} related; "
                + (threshold <= 1 ? $"threshold {threshold:0.###}: {keptRight} right of {kept}" : "never stated"));
        }

        return (thresholds, new RelationHeldOut(related.Values.Sum(), allStated, allRight), lines);
    }
}
