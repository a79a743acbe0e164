using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Syntax.Parsing;

/// <summary>
/// The parser's feature templates: those of Zhang and Nivre (2011) for arc-eager parsing without the label ones
/// (stack top s0, buffer n0..n2, s0's head and grand-head, leftmost and rightmost dependents, distance, valency),
/// plus the second stack item, whether s0 has a head, universal tags of s0, n0 and n1 (coarser, so less sparse) and
/// the endings of s0 and n0 (for words the treebank never had). Shared by training and parsing.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Most features one configuration produces.</summary>
    public const int Max = 76;

    private const ulong None = 0xA0A0;

    /// <summary>Writes the features of configuration <paramref name="st"/> into <paramref name="f"/> and returns how many.</summary>
    public static int Extract(ParseState st, SentenceWords words, ReadOnlySpan<byte> tags, ReadOnlySpan<Upos> upos, Span<ulong> f)
    {
        ulong[] lower = words.Lower;
        int n = st.Count;
        int s0 = st.Stack(0), s1 = st.Stack(1);
        int n0 = st.Next < n ? st.Next : -1;
        int n1 = st.Next + 1 < n ? st.Next + 1 : -1;
        int n2 = st.Next + 2 < n ? st.Next + 2 : -1;
        int s0h = s0 >= 0 ? st.Heads[s0] : -1;
        int s0h2 = s0h >= 0 ? st.Heads[s0h] : -1;
        int s0l = s0 >= 0 ? st.Left1[s0] : -1, s0l2 = s0 >= 0 ? st.Left2[s0] : -1;
        int s0r = s0 >= 0 ? st.Right1[s0] : -1, s0r2 = s0 >= 0 ? st.Right2[s0] : -1;
        int n0l = n0 >= 0 ? st.Left1[n0] : -1, n0l2 = n0 >= 0 ? st.Left2[n0] : -1;

        ulong s0w = W(lower, s0), s0p = P(tags, s0), n0w = W(lower, n0), n0p = P(tags, n0);
        ulong n1w = W(lower, n1), n1p = P(tags, n1), n2w = W(lower, n2), n2p = P(tags, n2);
        ulong s0hw = W(lower, s0h), s0hp = P(tags, s0h), s0h2w = W(lower, s0h2), s0h2p = P(tags, s0h2);
        ulong s0lw = W(lower, s0l), s0lp = P(tags, s0l), s0l2w = W(lower, s0l2), s0l2p = P(tags, s0l2);
        ulong s0rw = W(lower, s0r), s0rp = P(tags, s0r), s0r2w = W(lower, s0r2), s0r2p = P(tags, s0r2);
        ulong n0lw = W(lower, n0l), n0lp = P(tags, n0l), n0l2w = W(lower, n0l2), n0l2p = P(tags, n0l2);
        ulong s1w = W(lower, s1), s1p = P(tags, s1);
        ulong d = s0 >= 0 && n0 >= 0 ? Distance(n0 - s0) : None;
        ulong s0vl = s0 >= 0 ? (ulong)Math.Min(st.LeftCount[s0], 5) : None;
        ulong s0vr = s0 >= 0 ? (ulong)Math.Min(st.RightCount[s0], 5) : None;
        ulong n0vl = n0 >= 0 ? (ulong)Math.Min(st.LeftCount[n0], 5) : None;
        ulong s0HasHead = s0 >= 0 ? (s0h >= 0 ? 1UL : 2UL) : None;

        int k = 0;
        f[k++] = FeatureHash.Of(100, s0w, s0p);
        f[k++] = FeatureHash.Of(101, s0w);
        f[k++] = FeatureHash.Of(102, s0p);
        f[k++] = FeatureHash.Of(103, n0w, n0p);
        f[k++] = FeatureHash.Of(104, n0w);
        f[k++] = FeatureHash.Of(105, n0p);
        f[k++] = FeatureHash.Of(106, n1w, n1p);
        f[k++] = FeatureHash.Of(107, n1w);
        f[k++] = FeatureHash.Of(108, n1p);
        f[k++] = FeatureHash.Of(109, n2w, n2p);
        f[k++] = FeatureHash.Of(110, n2w);
        f[k++] = FeatureHash.Of(111, n2p);

        f[k++] = FeatureHash.Of(112, s0w, s0p, n0w, n0p);
        f[k++] = FeatureHash.Of(113, s0w, s0p, n0w);
        f[k++] = FeatureHash.Of(114, s0w, n0w, n0p);
        f[k++] = FeatureHash.Of(115, s0w, s0p, n0p);
        f[k++] = FeatureHash.Of(116, s0p, n0w, n0p);
        f[k++] = FeatureHash.Of(117, s0w, n0w);
        f[k++] = FeatureHash.Of(118, s0p, n0p);
        f[k++] = FeatureHash.Of(119, n0p, n1p);

        f[k++] = FeatureHash.Of(120, n0p, n1p, n2p);
        f[k++] = FeatureHash.Of(121, s0p, n0p, n1p);
        f[k++] = FeatureHash.Of(122, s0hp, s0p, n0p);
        f[k++] = FeatureHash.Of(123, s0p, s0lp, n0p);
        f[k++] = FeatureHash.Of(124, s0p, s0rp, n0p);
        f[k++] = FeatureHash.Of(125, s0p, n0p, n0lp);

        f[k++] = FeatureHash.Of(126, s0w, d);
        f[k++] = FeatureHash.Of(127, s0p, d);
        f[k++] = FeatureHash.Of(128, n0w, d);
        f[k++] = FeatureHash.Of(129, n0p, d);
        f[k++] = FeatureHash.Of(130, s0w, n0w, d);
        f[k++] = FeatureHash.Of(131, s0p, n0p, d);

        f[k++] = FeatureHash.Of(132, s0w, s0vr);
        f[k++] = FeatureHash.Of(133, s0p, s0vr);
        f[k++] = FeatureHash.Of(134, s0w, s0vl);
        f[k++] = FeatureHash.Of(135, s0p, s0vl);
        f[k++] = FeatureHash.Of(136, n0w, n0vl);
        f[k++] = FeatureHash.Of(137, n0p, n0vl);

        f[k++] = FeatureHash.Of(138, s0hw);
        f[k++] = FeatureHash.Of(139, s0hp);
        f[k++] = FeatureHash.Of(140, s0lw);
        f[k++] = FeatureHash.Of(141, s0lp);
        f[k++] = FeatureHash.Of(142, s0rw);
        f[k++] = FeatureHash.Of(143, s0rp);
        f[k++] = FeatureHash.Of(144, n0lw);
        f[k++] = FeatureHash.Of(145, n0lp);

        f[k++] = FeatureHash.Of(146, s0h2w);
        f[k++] = FeatureHash.Of(147, s0h2p);
        f[k++] = FeatureHash.Of(148, s0l2w);
        f[k++] = FeatureHash.Of(149, s0l2p);
        f[k++] = FeatureHash.Of(150, s0r2w);
        f[k++] = FeatureHash.Of(151, s0r2p);
        f[k++] = FeatureHash.Of(152, n0l2w);
        f[k++] = FeatureHash.Of(153, n0l2p);
        f[k++] = FeatureHash.Of(154, s0p, s0lp, s0l2p);
        f[k++] = FeatureHash.Of(155, s0p, s0rp, s0r2p);
        f[k++] = FeatureHash.Of(156, s0p, s0hp, s0h2p);
        f[k++] = FeatureHash.Of(157, n0p, n0lp, n0l2p);

        f[k++] = FeatureHash.Of(158, s0HasHead, s0p, n0p);
        f[k++] = FeatureHash.Of(159, s0HasHead, s0w);
        f[k++] = FeatureHash.Of(160, s1p, s0p, n0p);
        f[k++] = FeatureHash.Of(161, s1w, s1p);
        f[k++] = FeatureHash.Of(162, s1p, s0p);
        f[k++] = FeatureHash.Of(163, s1p, n0p);
        f[k++] = FeatureHash.Of(164, s0HasHead, s0p, n0w);
        f[k++] = FeatureHash.Of(165, (ulong)Math.Min(st.Depth, 4), n0p, n0 < 0 ? 1UL : n1 < 0 ? 2UL : 3UL);
        ulong s0u = U(upos, s0), n0u = U(upos, n0), n1u = U(upos, n1);
        f[k++] = FeatureHash.Of(166, s0u, n0u, d);
        f[k++] = FeatureHash.Of(167, s0u, n0u, n1u);
        f[k++] = FeatureHash.Of(168, s0 >= 0 ? words.Suffixes[(s0 * 4) + 2] : None, s0p, n0p);
        f[k++] = FeatureHash.Of(169, n0 >= 0 ? words.Suffixes[(n0 * 4) + 2] : None, n0p, s0p);
        return k;
    }

    private static ulong W(ulong[] lower, int token) => token >= 0 ? lower[token] : None;

    private static ulong P(ReadOnlySpan<byte> tags, int token) => token >= 0 ? tags[token] + 1UL : None;

    private static ulong U(ReadOnlySpan<Upos> upos, int token) => token >= 0 ? (ulong)upos[token] + 1UL : None;

    private static ulong Distance(int d) => d switch
    {
        <= 4 => (ulong)d,
        <= 7 => 5,
        <= 12 => 6,
        _ => 7,
    };
}
