using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A bit per length and first character (ASCII case folded) of one sentence's tokens: finds that no token of the
/// sentence can equal a word, so a rule driven by that word skips the sentence (<see cref="SentenceView.MayHave"/>).
/// </summary>
internal sealed class TokenShapes
{
    private readonly ulong[] shapes = new ulong[4];

    /// <summary>
    /// False when no token mapped by <see cref="Map"/> can equal <paramref name="word"/> ignoring case: none has its
    /// length and first character. True does not say one does.
    /// </summary>
    public bool MayHave(string word)
    {
        if (word.Length == 0 || word[0] >= 0x80)
        {
            return true;
        }

        // A token opening with a non-ASCII character may equal it ignoring case too.
        return HasShape(ShapeBit(word.Length, word[0] | 0x20)) || HasShape(ShapeBit(word.Length, 0));
    }

    /// <summary>
    /// Reads the shapes of tokens [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="text"/>,
    /// forgetting the previous sentence's.
    /// </summary>
    public void Map(string text, Token[] tokens, int first, int end)
    {
        Array.Clear(shapes);
        for (int i = first; i < end; i++)
        {
            Token token = tokens[i];
            int length = token.End - token.Start;
            if (length > 0)
            {
                char c = text[token.Start];
                int bit = ShapeBit(length, c < 0x80 ? c | 0x20 : 0);
                shapes[bit >> 6] |= 1UL << (bit & 63);
            }
        }
    }

    /// <summary>The bit of a token's length and first character: ASCII folded to lower case, and 0 for any other.</summary>
    private static int ShapeBit(int length, int first) => ((length * 31) + (first * 7)) & 255;

    private bool HasShape(int bit) => (shapes[bit >> 6] & (1UL << (bit & 63))) != 0;
}
