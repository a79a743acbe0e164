namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// 64-bit hashes for features: word forms (FNV-1a over folded characters) and template conjunctions (a
/// SplitMix64-style mixer over a template id and up to four values). Pure functions of their inputs, so training and
/// runtime compute the same keys, on any machine.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a of the characters as given (case kept; curly quotes and dashes folded).</summary>
    public static ulong Exact(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text)
        {
            hash = (hash ^ FoldChar(c)) * Prime;
        }

        return hash;
    }

    /// <summary>FNV-1a of the lower-cased, folded characters.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text)
        {
            hash = (hash ^ LowerChar(c)) * Prime;
        }

        return hash;
    }

    /// <summary>The conjunction of template <paramref name="template"/> with one value.</summary>
    public static ulong Of(int template, ulong a) => Mix(Mix((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    /// <summary>The conjunction of template <paramref name="template"/> with two values.</summary>
    public static ulong Of(int template, ulong a, ulong b) => Mix(Of(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>The conjunction of template <paramref name="template"/> with three values.</summary>
    public static ulong Of(int template, ulong a, ulong b, ulong c) => Mix(Of(template, a, b) ^ (c * 0x165667B19E3779F9UL));

    /// <summary>The conjunction of template <paramref name="template"/> with four values.</summary>
    public static ulong Of(int template, ulong a, ulong b, ulong c, ulong d) => Mix(Of(template, a, b, c) ^ (d * 0x27D4EB2F165667C5UL));

    /// <summary>Lower-cases and folds one character (curly quotes to straight, dashes to '-').</summary>
    public static char LowerChar(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c;
        }

        return char.ToLowerInvariant(Text.CharFold.Fold(c));
    }

    /// <summary>Folds one character without changing its case.</summary>
    public static char FoldChar(char c) => c < 128 ? (c == '`' ? '\'' : c) : Text.CharFold.Fold(c);

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
