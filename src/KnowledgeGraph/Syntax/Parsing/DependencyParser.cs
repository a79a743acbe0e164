using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// Greedy arc-eager dependency parser (Nivre 2003) scoring the four unlabelled transitions with an averaged
/// perceptron over <see cref="ParserFeatures"/>, trained with a dynamic oracle (Goldberg and Nivre 2012). Tokens
/// left without a head at the end are roots; when there are several, the first that is not punctuation stays the root
/// and the others attach to it. Linear in the sentence length; thread-safe; parsing allocates nothing.
/// </summary>
internal sealed class DependencyParser
{
    /// <summary>Format version of the "parser" section.</summary>
    public const int SectionVersion = 1;

    /// <summary>Name of its model file section.</summary>
    public const string SectionName = "parser";

    /// <summary>Number of transitions (<see cref="Move"/>).</summary>
    public const int MoveCount = 4;

    private readonly WeightTable weights;

    public DependencyParser(WeightTable weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights;
    }

    /// <summary>Features with weights (a size figure for reports).</summary>
    public int FeatureCount => weights.Rows;

    /// <summary>
    /// Parses the sentence loaded in <paramref name="words"/> with its XPOS <paramref name="tags"/> and writes each
    /// token's head (sentence token index, -1 for the root) into <paramref name="heads"/>.
    /// </summary>
    public void Parse(SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, Span<int> heads)
    {
        ParseState st = ParseState.ForThread();
        st.Reset(words.Count);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[MoveCount];
        while (!st.IsTerminal)
        {
            if (st.Depth == 0)
            {
                st.Apply(Move.Shift);
                continue;
            }

            int count = ParserFeatures.Extract(st, words, tags, features);
            scores.Clear();
            weights.Score(features[..count], scores);

            st.Apply(BestLegal(st, scores));
        }

        Finish(st, upos, heads);
    }

    /// <summary>The highest-scoring legal move (Shift first on ties).</summary>
    public static Move BestLegal(ParseState st, ReadOnlySpan<float> scores)
    {
        Move best = Move.Shift;
        bool found = false;
        for (int m = 0; m < MoveCount; m++)
        {
            if (st.IsLegal((Move)m) && (!found || scores[m] > scores[(int)best]))
            {
                best = (Move)m;
                found = true;
            }
        }

        return best;
    }

    /// <summary>Copies the heads out, keeping one root (see the class remarks).</summary>
    public static void Finish(ParseState st, ReadOnlySpan<Upos> upos, Span<int> heads)
    {
        int n = st.Count;
        int root = -1;
        for (int i = 0; i < n; i++)
        {
            heads[i] = st.Heads[i];
            if (heads[i] < 0 && (root < 0 || (upos[root] == Upos.Punct && upos[i] != Upos.Punct)))
            {
                root = i;
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (heads[i] < 0 && i != root)
            {
                heads[i] = root;
            }
        }
    }

    public void Write(SectionWriter writer) => weights.Write(writer);

    public static DependencyParser Read(ModelSection section, string file)
    {
        ArgumentNullException.ThrowIfNull(section);
        SectionReader reader = section.Reader(file);
        WeightTable weights = WeightTable.Read(ref reader);
        reader.ExpectEnd();
        return weights.ClassCount == MoveCount ? new DependencyParser(weights) : throw reader.Corrupt("the parser must score 4 moves");
    }
}
