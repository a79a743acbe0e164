using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// Gives every arc of a parsed sentence its UD relation, top-down (a head's relation is known when its dependents are
/// labelled), with an averaged perceptron over <see cref="LabellerFeatures"/> scoring every <see cref="DepRel"/>.
/// Roots get <see cref="DepRel.Root"/>; no other token does. Thread-safe; labelling allocates nothing.
/// </summary>
internal sealed class ArcLabeller
{
    /// <summary>Format version of the "labeller" section.</summary>
    public const int SectionVersion = 1;

    /// <summary>Name of its model file section.</summary>
    public const string SectionName = "labeller";

    private readonly WeightTable weights;

    public ArcLabeller(WeightTable weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights;
    }

    /// <summary>Features with weights (a size figure for reports).</summary>
    public int FeatureCount => weights.Rows;

    /// <summary>Labels every token of the sentence whose heads are <paramref name="heads"/>.</summary>
    public void Label(SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, ReadOnlySpan<int> heads, Span<DepRel> labels)
    {
        TreeIndex tree = TreeIndex.ForThread();
        tree.Build(heads);
        Span<ulong> features = stackalloc ulong[LabellerFeatures.Max];
        Span<float> scores = stackalloc float[DepRels.Count];
        foreach (int d in tree.TopDown)
        {
            if (heads[d] < 0)
            {
                labels[d] = DepRel.Root;
                continue;
            }

            int count = LabellerFeatures.Extract(words, tags, upos, heads, tree, labels, d, features);
            scores.Clear();
            weights.Score(features[..count], scores);

            labels[d] = Best(scores);
        }
    }

    /// <summary>The best relation other than None and Root.</summary>
    public static DepRel Best(ReadOnlySpan<float> scores)
    {
        int best = (int)DepRel.Dep;
        for (int c = (int)DepRel.Dep + 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return (DepRel)best;
    }

    public void Write(SectionWriter writer) => weights.Write(writer);

    public static ArcLabeller Read(ModelSection section, string file)
    {
        ArgumentNullException.ThrowIfNull(section);
        SectionReader reader = section.Reader(file);
        WeightTable weights = WeightTable.Read(ref reader, wideRows: true);
        reader.ExpectEnd();
        return weights.ClassCount == DepRels.Count ? new ArcLabeller(weights) : throw reader.Corrupt("the labeller's relations do not match this build");
    }
}
