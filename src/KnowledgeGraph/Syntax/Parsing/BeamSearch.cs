using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// Beam search over arc-eager parses (Zhang and Clark 2008): keeps the <see cref="Width"/> best-scoring partial parses,
/// extends each by every legal move, and keeps the best again, for exactly 2n moves (the moves left once the buffer
/// is empty are forced and cost nothing). Scores come from a callback, so training (current weights) and parsing
/// (the model's table) share the search. For training, the gold sequence is scored beside the beam and the step where
/// the best hypothesis leads the gold prefix by most is remembered (max-violation update, Huang et al. 2012). One
/// instance per thread; grown arrays are reused.
/// </summary>
internal sealed class BeamSearch
{
    [ThreadStatic]
    private static BeamSearch? perThread;

    private ParseState[] current = [];
    private ParseState[] next = [];
    private double[] scores = [];
    private double[] nextScores = [];
    private byte[][] history = [];
    private byte[][] nextHistory = [];
    private bool[] gold = [];
    private bool[] nextGold = [];
    private (int Parent, Move Move, double Score)[] candidates = [];
    private readonly ulong[] features = new ulong[ParserFeatures.Max];
    private readonly float[] moveScores = new float[DependencyParser.MoveCount];
    private readonly ParseState goldState = new();
    private byte[] violating = new byte[128];

    public BeamSearch(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
        Grow(64);
    }

    public int Width { get; }

    /// <summary>Live hypotheses after the last step.</summary>
    public int Count { get; private set; }

    /// <summary>This thread's search of width <paramref name="width"/>.</summary>
    public static BeamSearch ForThread(int width)
    {
        BeamSearch? search = perThread;
        if (search is null || search.Width != width)
        {
            perThread = search = new BeamSearch(width);
        }

        return search;
    }

    /// <summary>The best hypothesis so far (index 0: hypotheses are kept best first).</summary>
    public ParseState Best => current[0];

    /// <summary>The move history of hypothesis <paramref name="index"/> (its first <paramref name="steps"/> entries).</summary>
    public ReadOnlySpan<byte> History(int index, int steps) => history[index].AsSpan(0, steps);

    /// <summary>The best hypothesis's moves at the step of maximum violation (after <see cref="Run"/> with gold moves).</summary>
    public ReadOnlySpan<byte> Violating(int steps) => violating.AsSpan(0, steps);

    /// <summary>
    /// Runs the search over <paramref name="words"/>. <paramref name="score"/> adds the move scores of a feature set.
    /// With <paramref name="goldMoves"/>, returns the length of the prefix with the largest violation (the best
    /// hypothesis, not gold, scoring above the gold prefix; its moves in <see cref="Violating"/>), or 0 when there is
    /// none; without, returns 2n.
    /// </summary>
    public int Run(SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, ScoreMoves score, ReadOnlySpan<byte> goldMoves = default)
    {
        bool tracking = !goldMoves.IsEmpty;
        double goldScore = 0, worst = 0;
        int worstStep = 0;
        if (tracking)
        {
            goldState.Reset(words.Count);
            if (violating.Length < goldMoves.Length)
            {
                violating = new byte[goldMoves.Length * 2];
            }
        }

        int n = words.Count;
        Grow(2 * n);
        current[0].Reset(n);
        scores[0] = 0;
        gold[0] = true;
        Count = 1;
        for (int step = 0; step < 2 * n; step++)
        {
            if (tracking)
            {
                goldScore += Advance(goldState, goldMoves[step], words, tags, upos, score);
            }

            int found = 0;
            for (int h = 0; h < Count; h++)
            {
                ParseState st = current[h];
                if (st.Next >= st.Count)
                {
                    candidates[found++] = (h, (Move)255, scores[h]);
                    continue;
                }

                if (st.Depth == 0)
                {
                    candidates[found++] = (h, Move.Shift, scores[h]);
                    continue;
                }

                int count = ParserFeatures.Extract(st, words, tags, upos, features);
                Array.Clear(moveScores);
                score(features.AsSpan(0, count), moveScores);
                for (int m = 0; m < DependencyParser.MoveCount; m++)
                {
                    if (st.IsLegal((Move)m))
                    {
                        candidates[found++] = (h, (Move)m, scores[h] + moveScores[m]);
                    }
                }
            }

            int kept = Select(found);
            for (int i = 0; i < kept; i++)
            {
                (int parent, Move move, double total) = candidates[i];
                ParseState st = next[i];
                st.CopyFrom(current[parent]);
                byte code = move == (Move)255 ? (byte)255 : (byte)move;
                if (code == 255)
                {
                    st.ApplyFinal();
                }
                else
                {
                    st.Apply(move);
                }

                Array.Copy(history[parent], nextHistory[i], step);
                nextHistory[i][step] = code;
                nextScores[i] = total;
                nextGold[i] = tracking && gold[parent] && (code == 255 || code == goldMoves[step]);
            }

            (current, next) = (next, current);
            (scores, nextScores) = (nextScores, scores);
            (history, nextHistory) = (nextHistory, history);
            (gold, nextGold) = (nextGold, gold);
            Count = kept;
            if (tracking && !gold[0] && scores[0] - goldScore >= worst)
            {
                worst = scores[0] - goldScore;
                worstStep = step + 1;
                Array.Copy(history[0], violating, worstStep);
            }

        }

        return tracking ? worstStep : 2 * n;
    }

    /// <summary>Applies one gold move to <paramref name="st"/> and returns its score (0 for forced moves).</summary>
    private double Advance(ParseState st, byte move, SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, ScoreMoves score)
    {
        if (move == 255)
        {
            st.ApplyFinal();
            return 0;
        }

        double value = 0;
        if (st.Depth > 0)
        {
            int count = ParserFeatures.Extract(st, words, tags, upos, features);
            Array.Clear(moveScores);
            score(features.AsSpan(0, count), moveScores);
            value = moveScores[move];
        }

        st.Apply((Move)move);
        return value;
    }

    /// <summary>True when hypothesis <paramref name="index"/> is still the gold prefix.</summary>
    public bool IsGold(int index) => gold[index];

    /// <summary>Moves the best <see cref="Width"/> of the first <paramref name="found"/> candidates to the front, best first (ties: earlier first).</summary>
    private int Select(int found)
    {
        int kept = Math.Min(Width, found);
        for (int i = 0; i < kept; i++)
        {
            int best = i;
            for (int j = i + 1; j < found; j++)
            {
                if (candidates[j].Score > candidates[best].Score)
                {
                    best = j;
                }
            }

            if (best != i)
            {
                (int, Move, double) chosen = candidates[best];
                Array.Copy(candidates, i, candidates, i + 1, best - i);
                candidates[i] = chosen;
            }
        }

        return kept;
    }

    private void Grow(int steps)
    {
        if (current.Length == Width && history[0].Length >= steps)
        {
            return;
        }

        int size = Math.Max(steps, 64) * 2;
        current = [.. Enumerable.Range(0, Width).Select(_ => new ParseState())];
        next = [.. Enumerable.Range(0, Width).Select(_ => new ParseState())];
        scores = new double[Width];
        nextScores = new double[Width];
        history = [.. Enumerable.Range(0, Width).Select(_ => new byte[size])];
        nextHistory = [.. Enumerable.Range(0, Width).Select(_ => new byte[size])];
        gold = new bool[Width];
        nextGold = new bool[Width];
        candidates = new (int, Move, double)[Width * DependencyParser.MoveCount];
    }
}
