namespace KnowledgeGraph.Syntax.Features;

/// <summary>
/// 64-bit hashes for features: word forms (FNV-1a over folded characters) and template conjunctions (each value
/// multiplied by its own odd constant and rotated to its own place, then one multiply-xorshift round). Pure functions of their inputs, so training and
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
    public static ulong Of(int template, ulong a) => Finish(Start(template) ^ (a * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>The conjunction of template <paramref name="template"/> with two values.</summary>
    public static ulong Of(int template, ulong a, ulong b) =>
        Finish(Start(template) ^ (a * 0xC2B2AE3D27D4EB4FUL) ^ ulong.RotateLeft(b * 0x165667B19E3779F9UL, 21));

    /// <summary>The conjunction of template <paramref name="template"/> with three values.</summary>
    public static ulong Of(int template, ulong a, ulong b, ulong c) =>
        Finish(Start(template) ^ (a * 0xC2B2AE3D27D4EB4FUL) ^ ulong.RotateLeft(b * 0x165667B19E3779F9UL, 21) ^ ulong.RotateLeft(c * 0x27D4EB2F165667C5UL, 42));

    /// <summary>The conjunction of template <paramref name="template"/> with four values.</summary>
    public static ulong Of(int template, ulong a, ulong b, ulong c, ulong d) =>
        Finish(Start(template) ^ (a * 0xC2B2AE3D27D4EB4FUL) ^ ulong.RotateLeft(b * 0x165667B19E3779F9UL, 21)
            ^ ulong.RotateLeft(c * 0x27D4EB2F165667C5UL, 42) ^ ulong.RotateLeft(d * 0x9E3779B97F4A7C15UL, 11));

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

    private static ulong Start(int template) => ((ulong)template + 1) * 0x9E3779B97F4A7C15UL;

    /// <summary>One multiply-xorshift round: enough to spread the combined values over the table's low bits.</summary>
    private static ulong Finish(ulong x)
    {
        x ^= x >> 32;
        x *= 0xD6E8FEB86659FD93UL;
        x ^= x >> 32;
        return x;
    }
}
