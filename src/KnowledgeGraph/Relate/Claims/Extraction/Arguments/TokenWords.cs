using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The comparison of a token's text with a word that <see cref="SentenceView"/>'s word asks (<see cref="SentenceView.Is"/>,
/// <see cref="SentenceView.IsAny"/>, <see cref="SentenceView.WordsMatch"/>) rest on, made at nearly every token a rule
/// looks at.
/// </summary>
internal static class TokenWords
{
    /// <summary>
    /// True when <paramref name="token"/>'s text in <paramref name="text"/> equals <paramref name="word"/> ignoring case
    /// (ordinal). Most asks fail on the length or the first character, so those are compared first: two ASCII characters
    /// that differ other than in an ASCII letter's case make the words differ, and anything else goes to the full
    /// comparison.
    /// </summary>
    public static bool Same(string text, Token token, string word)
    {
        int length = token.End - token.Start;
        if (length != word.Length)
        {
            return false;
        }

        if (length > 0)
        {
            char c = text[token.Start];
            char w = word[0];
            if (c != w && (c | w) < 0x80 && (c | 0x20) != (w | 0x20))
            {
                return false;
            }
        }

        return text.AsSpan(token.Start, length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
