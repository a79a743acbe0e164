namespace KnowledgeGraph.Text;

/// <summary>
/// Where English-EWT (Universal Dependencies) splits a word into syntactic words, so the tokeniser gives the parser
/// what it was trained on: clitics after an apostrophe ('s, 're, 'll, 've, 'm, 'd: it's → it 's, they're → they 're),
/// the negation n't (don't → do n't, can't → ca n't, won't → wo n't) and a few fused forms (cannot → can not,
/// gonna → gon na, wanna → wan na, gotta → got ta, outta → out ta). Every piece is a half-open range of the original
/// word, so offsets stay exact. Any apostrophe the fold maps to ' counts (’ too).
/// </summary>
internal static class Contractions
{
    private static readonly string[] Fused = ["cannot", "gonna", "wanna", "gotta", "outta"];

    /// <summary>
    /// The length of the clitic starting at <paramref name="apostrophe"/> ('s 2, 're 3, 'll 3, 've 3, 'm 2, 'd 2),
    /// or 0 when none ends there (the letters must end the word: O'Donnell keeps its 'D).
    /// </summary>
    public static int CliticLength(ReadOnlySpan<char> text, int apostrophe)
    {
        int rest = text.Length - apostrophe - 1;
        if (rest < 1)
        {
            return 0;
        }

        char a = Lower(text[apostrophe + 1]);
        if (a is 's' or 'm' or 'd')
        {
            return EndsWord(text, apostrophe + 2) ? 2 : 0;
        }

        if (rest >= 2)
        {
            char b = Lower(text[apostrophe + 2]);
            bool two = (a, b) is ('r', 'e') or ('l', 'l') or ('v', 'e');
            return two && EndsWord(text, apostrophe + 3) ? 3 : 0;
        }

        return 0;
    }

    /// <summary>True when the apostrophe at <paramref name="apostrophe"/> is that of a word-final n't with letters before the n.</summary>
    public static bool IsNegation(ReadOnlySpan<char> text, int wordStart, int apostrophe) =>
        apostrophe - 1 > wordStart && apostrophe + 1 < text.Length
        && Lower(text[apostrophe - 1]) == 'n' && Lower(text[apostrophe + 1]) == 't' && EndsWord(text, apostrophe + 2);

    /// <summary>Where a fused word splits (cannot → 3), or -1.</summary>
    public static int FusedSplit(ReadOnlySpan<char> word)
    {
        if (word.Length is < 5 or > 6)
        {
            return -1;
        }

        foreach (string fused in Fused)
        {
            if (word.Equals(fused, StringComparison.OrdinalIgnoreCase))
            {
                return 3;
            }
        }

        return -1;
    }

    private static bool EndsWord(ReadOnlySpan<char> text, int at) => at >= text.Length || !CharTable.IsAlphanumeric(CharTable.Of(text[at]));

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
