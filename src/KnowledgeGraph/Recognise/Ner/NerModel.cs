using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// The learned named-entity recogniser: an averaged perceptron over <see cref="NerFeatures"/> decoding BILOU tags
/// greedily left to right under <see cref="NerTags.Allowed"/>. Each tag's probability is the softmax of the allowed
/// classes' scores divided by a temperature fitted on held-out data, so a span's confidence (its least probable
/// tag) is calibrated. Kept in the "ner" section of the language model file. Immutable and thread-safe.
/// </summary>
internal sealed class NerModel
{
    /// <summary>Name of its model file section.</summary>
    public const string SectionName = "ner";

    /// <summary>Format version of the section.</summary>
    public const int SectionVersion = 1;

    private readonly WeightTable weights;

    public NerModel(WeightTable weights, float temperature, string description)
    {
        this.weights = weights;
        Temperature = temperature;
        Description = description;
    }

    /// <summary>Divides scores before the softmax; fitted on held-out sentences.</summary>
    public float Temperature { get; }

    /// <summary>"key: value" lines on how it was trained and its held-out scores.</summary>
    public string Description { get; }

    public int FeatureCount => weights.Rows;

    /// <summary>The averaged weights (to re-wrap with a longer description).</summary>
    public WeightTable Weights => weights;

    /// <summary>Tags one sentence: BILOU classes into <paramref name="tags"/>, each tag's probability into <paramref name="probabilities"/>.</summary>
    public void Decode(SentenceWords words, ReadOnlySpan<byte> upos, ReadOnlySpan<NerCue> cues, Span<byte> tags, Span<float> probabilities)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.Max];
        Span<float> scores = stackalloc float[weights.ClassCount];
        for (int i = 0; i < words.Count; i++)
        {
            int count = NerFeatures.Extract(words, upos, cues, tags, i, features);
            scores.Clear();
            for (int f = 0; f < count; f++)
            {
                weights.Add(features[f], scores);
            }

            int previous = i > 0 ? tags[i - 1] : NerTags.Outside;
            (int best, float probability) = Best(scores, previous, i == words.Count - 1, Temperature);
            tags[i] = (byte)best;
            probabilities[i] = probability;
        }
    }

    /// <summary>The best tag allowed after <paramref name="previous"/> (and at the end, one that may end) with its probability.</summary>
    public static (int Tag, float Probability) Best(ReadOnlySpan<float> scores, int previous, bool last, float temperature)
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (NerTags.Allowed(previous, c) && (!last || NerTags.MayEnd(c)) && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        double sum = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            if (NerTags.Allowed(previous, c) && (!last || NerTags.MayEnd(c)))
            {
                sum += Math.Exp((scores[c] - scores[best]) / temperature);
            }
        }

        return (best, (float)(1 / sum));
    }

    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Temperature);
        writer.Write(Description);
        weights.Write(writer);
    }

    public static NerModel Read(ModelSection section, string file)
    {
        ArgumentNullException.ThrowIfNull(section);
        SectionReader reader = section.Reader(file);
        float temperature = reader.ReadSingle();
        string description = reader.ReadString();
        WeightTable weights = WeightTable.Read(ref reader);
        reader.ExpectEnd();
        if (weights.ClassCount != NerTags.Count || !(temperature > 0))
        {
            throw reader.Corrupt("class count or temperature out of range");
        }

        return new NerModel(weights, temperature, description);
    }

    /// <summary>The section's bytes, for <see cref="ModelFileWriter.Set"/>.</summary>
    public byte[] ToBytes()
    {
        var writer = new SectionWriter();
        Write(writer);
        return writer.ToArray();
    }
}
