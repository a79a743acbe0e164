using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Short lower-case words the source sometimes glues to the end of a capitalised name ("Five Eyesa",
/// "Kabulthe"). The tokeniser cannot split them without knowing the name, so the matcher tries the name without
/// them, but only as the last word of a form of two or more words ("Republican" never becomes "Republic" + "an").
/// </summary>
internal static class GlueTail
{
    private static readonly string[] Tails = ["and", "the", "of", "in", "a"];

    /// <summary>Length of a glued tail to try removing, or 0.</summary>
    public static int Length(ReadOnlySpan<char> word, Token token)
    {
        if (token.Kind != TokenKind.Word || !token.Is(TokenShape.Capitalised) || token.Is(TokenShape.AllUpper) || word.Length < 5)
        {
            return 0;
        }

        foreach (string tail in Tails)
        {
            if (word.Length - tail.Length >= 4 && word.EndsWith(tail, StringComparison.Ordinal))
            {
                return tail.Length;
            }
        }

        return 0;
    }
}
