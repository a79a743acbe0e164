namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Makes a tree projective by lifting (Nivre and Nilsson 2005, without encoding the lift in the label): while an arc
/// crosses another, the shortest non-projective arc's dependent is attached to its head's head. The arc-eager
/// oracle is exact on projective trees only; the labeller still learns the original relations.
/// </summary>
internal static class Projectiviser
{
    /// <summary>A projective copy of <paramref name="heads"/> (0-based, -1 for the root) and how many arcs were lifted.</summary>
    public static int[] Lift(ReadOnlySpan<int> heads, out int lifted)
    {
        int[] result = heads.ToArray();
        lifted = 0;
        while (true)
        {
            int worst = -1;
            for (int d = 0; d < result.Length; d++)
            {
                int h = result[d];
                if (h >= 0 && !IsProjective(result, h, d) && (worst < 0 || Math.Abs(h - d) < Math.Abs(result[worst] - worst)))
                {
                    worst = d;
                }
            }

            if (worst < 0 || result[result[worst]] < 0)
            {
                return result;
            }

            result[worst] = result[result[worst]];
            lifted++;
        }
    }

    /// <summary>True when every token between <paramref name="head"/> and <paramref name="dependent"/> descends from the head.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads, int head, int dependent)
    {
        int from = Math.Min(head, dependent) + 1, to = Math.Max(head, dependent);
        for (int k = from; k < to; k++)
        {
            int a = k;
            int steps = 0;
            while (a >= 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }
}
