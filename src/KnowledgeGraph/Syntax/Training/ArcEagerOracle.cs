using KnowledgeGraph.Syntax.Parsing;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// The dynamic oracle of arc-eager parsing (Goldberg and Nivre 2012): the cost of a move is the number of gold arcs
/// it makes unreachable from the current configuration, whatever earlier mistakes led there. Exact for projective
/// gold trees. The root is implicit: a gold root must stay headless, so any move that gives it a head costs one.
/// </summary>
internal static class ArcEagerOracle
{
    /// <summary>The cost of legal move <paramref name="move"/> in <paramref name="st"/> against gold heads <paramref name="gold"/>.</summary>
    public static int Cost(Move move, ParseState st, ReadOnlySpan<int> gold)
    {
        int s0 = st.Stack(0);
        int b = st.Next;
        int n = st.Count;
        int cost = 0;
        switch (move)
        {
            case Move.Shift:
                if (gold[b] >= 0 && st.OnStack[gold[b]])
                {
                    cost++;
                }

                cost += HeadlessStackDependents(st, gold, b);
                break;
            case Move.Right:
                int gb = gold[b];
                if (gb != s0 && (gb < 0 || st.OnStack[gb] || gb > b))
                {
                    cost++;
                }

                cost += HeadlessStackDependents(st, gold, b);
                break;
            case Move.Left:
                cost += BufferDependents(gold, s0, b, n);
                int gs = gold[s0];
                if (gs != b && (gs < 0 || gs > b))
                {
                    cost++;
                }

                break;
            default:
                cost += BufferDependents(gold, s0, b, n);
                break;
        }

        return cost;
    }

    private static int HeadlessStackDependents(ParseState st, ReadOnlySpan<int> gold, int head)
    {
        int count = 0;
        for (int depth = 0; depth < st.Depth; depth++)
        {
            int k = st.Stack(depth);
            if (gold[k] == head && st.Heads[k] < 0)
            {
                count++;
            }
        }

        return count;
    }

    private static int BufferDependents(ReadOnlySpan<int> gold, int head, int from, int n)
    {
        int count = 0;
        for (int k = from; k < n; k++)
        {
            if (gold[k] == head)
            {
                count++;
            }
        }

        return count;
    }
}
