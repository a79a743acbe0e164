using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Case-insensitive 64-bit FNV-1a hashes of token text, and their combination into hashes of token sequences.
/// Gazetteer forms and paragraph tokens are hashed the same way, so a match is one dictionary look-up per token.
/// </summary>
internal static class TokenHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text)
        {
            hash = (hash ^ Fold(c)) * Prime;
        }

        return hash;
    }

    /// <summary>Hash of a token sequence: the previous sequence's hash followed by one token.</summary>
    public static ulong Combine(ulong sequence, ulong token) => (sequence ^ (token + 0x9E3779B97F4A7C15UL + (sequence << 6) + (sequence >> 2))) * Prime;

    /// <summary>Start value for <see cref="Combine"/>.</summary>
    public const ulong Empty = Offset;

    /// <summary>Hashes every token of <paramref name="text"/> into <paramref name="hashes"/>.</summary>
    public static void OfTokens(string text, ReadOnlySpan<Token> tokens, Span<ulong> hashes)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            hashes[i] = Of(text.AsSpan(tokens[i].Start, tokens[i].Length));
        }
    }

    private static char Fold(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
