using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// The learned relation model: an averaged perceptron over <see cref="RelationFeatures"/> that reads an ordered pair of
/// a sentence's mentions as one of <see cref="RelationLabels"/>. A class's probability is the softmax of the scores
/// divided by a temperature fitted on held-out folds of the training sentences; the claims stage states a relation only
/// when it clears its predicate's <see cref="Threshold"/>, the least probability at which held-out precision met the
/// training target (a predicate that never met it is never stated).
/// Kept in the "claims" section of the language model file. Immutable and thread-safe.
/// </summary>
internal sealed class RelationModel
{
    /// <summary>Name of its model file section.</summary>
    public const string SectionName = "claims";

    /// <summary>Format version of the section.</summary>
    public const int SectionVersion = 1;

    private readonly WeightTable weights;

    /// <summary>The threshold of a class never stated.</summary>
    public const float Never = 2f;

    private readonly float[] thresholds;

    public RelationModel(WeightTable weights, RelationLabels labels, float temperature, float[] thresholds, string description)
    {
        this.weights = weights;
        this.thresholds = thresholds;
        Labels = labels;
        Temperature = temperature;
        Description = description;
    }

    public RelationLabels Labels { get; }

    /// <summary>Divides scores before the softmax.</summary>
    public float Temperature { get; }

    /// <summary>Least probability at which the claims stage states a relation of class <paramref name="label"/> (<see cref="Never"/>: never).</summary>
    public float Threshold(int label) => thresholds[label];

    /// <summary>True when some class may be stated.</summary>
    public bool StatesAny => thresholds.Any(t => t <= 1);

    /// <summary>"key: value" lines on how it was trained and its held-out scores.</summary>
    public string Description { get; }

    public WeightTable Weights => weights;

    /// <summary>
    /// The most probable class of mentions <paramref name="a"/> and <paramref name="b"/> (a before b) of
    /// <paramref name="view"/> among the <paramref name="allowed"/> ones (<see cref="RelationTypes"/>), its probability, and
    /// the token between them a reader sees as the relation's trigger (-1 when none; see <see cref="TriggerOf"/>).
    /// </summary>
    public (int Label, float Probability, int Trigger) Predict(SentenceView view, int a, int b, ReadOnlySpan<bool> allowed)
    {
        Span<ulong> features = stackalloc ulong[RelationFeatures.Max];
        int count = RelationFeatures.Extract(view, a, b, features);
        Span<float> scores = stackalloc float[weights.ClassCount];
        Score(features[..count], scores);
        (int best, float probability) = Best(scores, Temperature, allowed);
        return (best, probability, best == RelationLabels.None ? -1 : TriggerOf(view, a, b, best));
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong feature in features)
        {
            weights.Add(feature, scores);
        }
    }

    /// <summary>The best of the <paramref name="allowed"/> classes and its softmax probability among them at <paramref name="temperature"/>.</summary>
    public static (int Label, float Probability) Best(ReadOnlySpan<float> scores, float temperature, ReadOnlySpan<bool> allowed)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (allowed[c] && scores[c] > scores[best])
            {
                best = c;
            }
        }

        double sum = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            if (allowed[c])
            {
                sum += Math.Exp((scores[c] - scores[best]) / temperature);
            }
        }

        return (best, (float)(1 / sum));
    }

    /// <summary>
    /// The trigger of class <paramref name="label"/> between the pair: a word the predicate lexicon lists for the class's
    /// predicate if one stands there, else the word whose own weight for the class is greatest.
    /// </summary>
    private int TriggerOf(SentenceView view, int a, int b, int label)
    {
        string predicate = Labels.Decode(label).Predicate;
        Span<float> scores = stackalloc float[weights.ClassCount];
        int trigger = -1;
        float most = 0;
        int to = Math.Min(view.MentionFirst(b), view.MentionLast(a) + 1 + RelationFeatures.Reach);
        for (int i = view.MentionLast(a) + 1; i < to; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.IsPunctuation(i))
            {
                continue;
            }

            if (view.TriggersAt(i) is { } listed && listed.Exists(t => t.Value.Predicate.Name == predicate))
            {
                return i;
            }

            scores.Clear();
            weights.Add(RelationFeatures.BetweenKey(view, i), scores);
            if (scores[label] > most)
            {
                most = scores[label];
                trigger = i;
            }
        }

        return trigger;
    }

    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Temperature);
        writer.Write(Description);
        writer.Write(Labels.Names.Count);
        foreach ((string name, bool symmetric) in Labels.Names)
        {
            writer.Write(name);
            writer.Write(symmetric ? (byte)1 : (byte)0);
        }

        foreach (float threshold in thresholds)
        {
            writer.Write(threshold);
        }

        weights.Write(writer);
    }

    public static RelationModel Read(ModelSection section, string file)
    {
        ArgumentNullException.ThrowIfNull(section);
        SectionReader reader = section.Reader(file);
        float temperature = reader.ReadSingle();
        string description = reader.ReadString();
        int count = reader.ReadCount(WeightTable.MaxClasses);
        var names = new List<(string, bool)>(count);
        for (int i = 0; i < count; i++)
        {
            names.Add((reader.ReadString(), reader.ReadByte() != 0));
        }

        var labels = new RelationLabels(names);
        var thresholds = new float[labels.Count];
        for (int c = 0; c < thresholds.Length; c++)
        {
            thresholds[c] = reader.ReadSingle();
        }

        WeightTable weights = WeightTable.Read(ref reader);
        reader.ExpectEnd();
        if (weights.ClassCount != labels.Count || !(temperature > 0) || thresholds.Any(t => !(t is >= 0 and <= Never)))
        {
            throw reader.Corrupt("class count, temperature or thresholds out of range");
        }

        return new RelationModel(weights, labels, temperature, thresholds, description);
    }

    /// <summary>The section's bytes, for <see cref="ModelFileWriter.Set"/>.</summary>
    public byte[] ToBytes()
    {
        var writer = new SectionWriter();
        Write(writer);
        return writer.ToArray();
    }
}
