using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// The labeller's feature templates for the arc head → dependent in a complete tree: the two words and tags,
/// direction and distance, the head's own relation, the dependent's dependents, its siblings (and the relations
/// already given to those on its left), and the words next to it. Shared by training and labelling.
/// </summary>
internal static class LabellerFeatures
{
    /// <summary>Most features one arc produces.</summary>
    public const int Max = 64;

    private const int MaxChildren = 8;
    private const int MaxSiblings = 8;
    private const ulong None = 0xB0B0;

    /// <summary>
    /// Writes the features of the arc into <paramref name="dependent"/> into <paramref name="f"/> and returns how many.
    /// <paramref name="labels"/> holds the relations given so far (heads are labelled before their dependents).
    /// </summary>
    public static int Extract(
        SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, ReadOnlySpan<int> heads, TreeIndex tree,
        ReadOnlySpan<DepRel> labels, int dependent, Span<ulong> f)
    {
        int d = dependent, h = heads[d], n = words.Count;
        ulong[] lower = words.Lower;
        ulong dw = lower[d], dp = tags[d] + 1UL, du = (ulong)upos[d] + 1, hw = lower[h], hp = tags[h] + 1UL, hu = (ulong)upos[h] + 1;
        ulong dir = d < h ? 1UL : 2UL;
        int gap = Math.Abs(d - h);
        ulong dist = gap <= 3 ? (ulong)gap : gap <= 6 ? 4UL : 5UL;
        ulong hl = (ulong)labels[h];
        ulong hh = heads[h] >= 0 ? tags[heads[h]] + 1UL : None;
        int k = 0;
        f[k++] = FeatureHash.Of(200, dw);
        f[k++] = FeatureHash.Of(201, dp);
        f[k++] = FeatureHash.Of(202, du);
        f[k++] = FeatureHash.Of(203, dw, dp);
        f[k++] = FeatureHash.Of(204, hw);
        f[k++] = FeatureHash.Of(205, hp);
        f[k++] = FeatureHash.Of(206, hw, hp);
        f[k++] = FeatureHash.Of(207, dp, hp, dir);
        f[k++] = FeatureHash.Of(208, dw, hp, dir);
        f[k++] = FeatureHash.Of(209, dp, hw, dir);
        f[k++] = FeatureHash.Of(210, dw, hw, dir);
        f[k++] = FeatureHash.Of(211, du, hu, dir, dist);
        f[k++] = FeatureHash.Of(212, dp, hp, dir, dist);
        f[k++] = FeatureHash.Of(213, hl, dp);
        f[k++] = FeatureHash.Of(214, hl, dp, hp, dir);
        f[k++] = FeatureHash.Of(215, words.Suffixes[(d * 4) + 2], dp);
        f[k++] = FeatureHash.Of(216, d > 0 ? tags[d - 1] + 1UL : None, dp);
        f[k++] = FeatureHash.Of(217, d + 1 < n ? tags[d + 1] + 1UL : None, dp);
        f[k++] = FeatureHash.Of(218, hh, dp, hp);
        ReadOnlySpan<int> own = tree.Dependents(d);
        f[k++] = FeatureHash.Of(219, (ulong)Math.Min(own.Length, 4), dp);
        for (int c = 0; c < own.Length && c < MaxChildren; c++)
        {
            int child = own[c];
            ulong side = child < d ? 1UL : 2UL;
            f[k++] = FeatureHash.Of(220, tags[child] + 1UL, side, dp);
            f[k++] = FeatureHash.Of(221, lower[child], side);
        }

        ReadOnlySpan<int> siblings = tree.Dependents(h);
        int written = 0;
        foreach (int sibling in siblings)
        {
            if (sibling == d || written == MaxSiblings)
            {
                continue;
            }

            written++;
            ulong side = sibling < d ? 1UL : 2UL;
            f[k++] = FeatureHash.Of(222, tags[sibling] + 1UL, side, dp, hp);
            f[k++] = FeatureHash.Of(223, lower[sibling], dp, hp);
            if (sibling < d)
            {
                f[k++] = FeatureHash.Of(224, (ulong)labels[sibling], dp, hp);
            }
        }

        f[k++] = FeatureHash.Of(225, (ulong)Math.Min(written, 6), dp, dir);
        return k;
    }
}
