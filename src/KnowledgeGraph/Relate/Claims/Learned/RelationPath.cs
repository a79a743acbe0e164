using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// Dependency-path features of a pair of mentions in a parsed sentence: the path from the first mention's head up to
/// the lowest common ancestor and down to the second's, as relations alone and with the lemmas on it, the ancestor's
/// lemma with the two entity types and with the relations that reach it, and the path's length.
/// </summary>
internal static class RelationPath
{
    /// <summary>Longest climb from a mention's head looked at.</summary>
    private const int Depth = 16;

    private const int Relations = 40, Lemmas = 41, Ancestor = 42, AncestorArms = 43, Length = 44, AncestorTag = 45, Dominates = 46;

    /// <summary>Features written, at most.</summary>
    public const int Max = 7;

    /// <summary>Writes the path features of mentions <paramref name="a"/> and <paramref name="b"/> from <paramref name="n"/> on; returns the new count.</summary>
    public static int Extract(SentenceView view, SyntaxLayer syntax, int a, int b, ulong types, Span<ulong> features, int n)
    {
        int headA = HeadOf(view, syntax, a);
        int headB = HeadOf(view, syntax, b);
        Span<int> up = stackalloc int[Depth];
        int count = 0;
        for (int t = headA; t >= 0 && count < Depth; t = syntax.Head(t))
        {
            up[count++] = t;
        }

        int lca = -1;
        int fromA = -1;
        ulong down = 23;
        ulong downLemmas = 29;
        int steps = 0;
        int armB = -1;
        for (int t = headB; t >= 0 && steps < Depth; t = syntax.Head(t), steps++)
        {
            int at = up[..count].IndexOf(t);
            if (at >= 0)
            {
                lca = t;
                fromA = at;
                break;
            }

            down = (down * 31) + (ulong)syntax.Relation(t);
            downLemmas = (downLemmas * 31) + (ulong)syntax.Relation(t);
            if (steps > 0)
            {
                downLemmas = (downLemmas * 31) + FeatureHash.Lower(syntax.Lemma(t));
            }

            armB = t;
        }

        if (lca < 0)
        {
            return n;
        }

        ulong rise = 17;
        ulong riseLemmas = 19;
        for (int k = 0; k < fromA; k++)
        {
            rise = (rise * 31) + (ulong)syntax.Relation(up[k]);
            riseLemmas = (riseLemmas * 31) + (ulong)syntax.Relation(up[k]);
            if (k > 0)
            {
                riseLemmas = (riseLemmas * 31) + FeatureHash.Lower(syntax.Lemma(up[k]));
            }
        }

        int armA = fromA > 0 ? up[fromA - 1] : -1;
        ulong lemma = FeatureHash.Lower(syntax.Lemma(lca));
        features[n++] = FeatureHash.Of(Relations, rise, down);
        features[n++] = FeatureHash.Of(Lemmas, riseLemmas, downLemmas, lemma);
        features[n++] = FeatureHash.Of(Ancestor, lemma, types);
        features[n++] = FeatureHash.Of(AncestorArms, lemma, armA >= 0 ? (ulong)syntax.Relation(armA) : 0, armB >= 0 ? (ulong)syntax.Relation(armB) : 0);
        features[n++] = FeatureHash.Of(Length, (ulong)Math.Min(fromA + steps, 8));
        features[n++] = FeatureHash.Of(AncestorTag, (ulong)syntax.Upos(lca), types);
        features[n++] = FeatureHash.Of(Dominates, lca == headA ? 1UL : lca == headB ? 2UL : 3UL, armA >= 0 ? (ulong)syntax.Relation(armA) : (ulong)syntax.Relation(armB >= 0 ? armB : lca));
        return n;
    }

    /// <summary>The token of mention <paramref name="m"/> whose head lies outside it (its last token when none does).</summary>
    private static int HeadOf(SentenceView view, SyntaxLayer syntax, int m)
    {
        int first = view.MentionFirst(m);
        int last = view.MentionLast(m);
        for (int t = first; t <= last; t++)
        {
            int head = syntax.Head(t);
            if (head < first || head > last)
            {
                return t;
            }
        }

        return last;
    }
}
