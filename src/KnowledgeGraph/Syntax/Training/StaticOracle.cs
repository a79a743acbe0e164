using KnowledgeGraph.Syntax.Parsing;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// The gold move sequence of a projective tree for beam training: at each step the first zero-cost move of Left,
/// Right, Reduce, Shift (by <see cref="ArcEagerOracle"/>), and the forced final pops (255) once the buffer is empty.
/// </summary>
internal static class StaticOracle
{
    /// <summary>The 2n moves deriving <paramref name="gold"/> (projective; 0-based heads, -1 for the root).</summary>
    public static byte[] Moves(ReadOnlySpan<int> gold)
    {
        int n = gold.Length;
        var moves = new byte[2 * n];
        var st = new ParseState();
        st.Reset(n);
        for (int step = 0; step < 2 * n; step++)
        {
            if (st.Next >= n)
            {
                moves[step] = 255;
                st.ApplyFinal();
                continue;
            }

            Move move = Move.Shift;
            if (st.Depth > 0)
            {
                foreach (Move candidate in (ReadOnlySpan<Move>)[Move.Left, Move.Right, Move.Reduce])
                {
                    if (st.IsLegal(candidate) && ArcEagerOracle.Cost(candidate, st, gold) == 0)
                    {
                        move = candidate;
                        break;
                    }
                }
            }

            moves[step] = (byte)move;
            st.Apply(move);
        }

        return moves;
    }
}
