using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// Arc-eager dependency parser (Nivre 2003) scoring the four unlabelled transitions with an averaged perceptron over
/// <see cref="ParserFeatures"/>: greedy, trained with a dynamic oracle (Goldberg and Nivre 2012), or with a beam
/// (<see cref="Beam"/>, <see cref="BeamSearch"/>). Tokens left without a head at the end are roots; when there are
/// several, the one heading the largest subtree stays the root and the others attach to it. Linear in the sentence
/// length (times the beam); thread-safe; parsing allocates nothing.
/// </summary>
internal sealed class DependencyParser
{
    /// <summary>Format version of the "parser" section.</summary>
    public const int SectionVersion = 2;

    /// <summary>Name of its model file section.</summary>
    public const string SectionName = "parser";

    /// <summary>Number of transitions (<see cref="Move"/>).</summary>
    public const int MoveCount = 4;

    private readonly WeightTable weights;

    /// <summary>A parser scoring with <paramref name="weights"/>, searching with a beam of <paramref name="beam"/> (1: greedy).</summary>
    public DependencyParser(WeightTable weights, int beam = 1)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(beam, 1);
        this.weights = weights;
        Beam = beam;
    }

    /// <summary>Features with weights (a size figure for reports).</summary>
    public int FeatureCount => weights.Rows;

    /// <summary>Beam width: 1 parses greedily; wider keeps that many partial parses (the width the model was trained with).</summary>
    public int Beam { get; }

    /// <summary>
    /// Parses the sentence loaded in <paramref name="words"/> with its XPOS <paramref name="tags"/> and writes each
    /// token's head (sentence token index, -1 for the root) into <paramref name="heads"/>.
    /// </summary>
    public void Parse(SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, Span<int> heads)
    {
        if (Beam > 1)
        {
            BeamSearch search = BeamSearch.ForThread(Beam);
            search.Run(words, tags, upos, weights.Score);
            Finish(search.Best, upos, heads);
            return;
        }

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

            int count = ParserFeatures.Extract(st, words, tags, upos, features);
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

    /// <summary>
    /// Copies the heads out, keeping one root: when several tokens were left without a head, the one heading the largest
    /// subtree (the first on ties, punctuation last) stays the root and the others attach to it.
    /// </summary>
    public static void Finish(ParseState st, ReadOnlySpan<Upos> upos, Span<int> heads)
    {
        int n = st.Count;
        int roots = 0;
        for (int i = 0; i < n; i++)
        {
            heads[i] = st.Heads[i];
            roots += heads[i] < 0 ? 1 : 0;
        }

        if (roots <= 1)
        {
            return;
        }

        Span<int> size = n <= 256 ? stackalloc int[n] : new int[n];
        size.Clear();
        for (int i = 0; i < n; i++)
        {
            int top = i;
            for (int guard = 0; heads[top] >= 0 && guard < n; guard++)
            {
                top = heads[top];
            }

            size[top]++;
        }

        int root = -1;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] < 0 && (root < 0 || Better(i, root, size, upos)))
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

    private static bool Better(int candidate, int current, ReadOnlySpan<int> size, ReadOnlySpan<Upos> upos)
    {
        bool punctuation = upos[candidate] == Upos.Punct, currentPunctuation = upos[current] == Upos.Punct;
        return punctuation != currentPunctuation ? !punctuation : size[candidate] > size[current];
    }

    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        weights.Write(writer);
        writer.Write(Beam);
    }

    public static DependencyParser Read(ModelSection section, string file)
    {
        ArgumentNullException.ThrowIfNull(section);
        SectionReader reader = section.Reader(file);
        WeightTable weights = WeightTable.Read(ref reader);
        int beam = section.Version >= 2 ? reader.ReadCount(64) : 1;
        reader.ExpectEnd();
        return weights.ClassCount == MoveCount && beam >= 1 ? new DependencyParser(weights, beam) : throw reader.Corrupt("the parser must score 4 moves with a beam of 1 to 64");
    }
}
