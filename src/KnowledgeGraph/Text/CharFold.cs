namespace KnowledgeGraph.Text;

/// <summary>
/// The one-character-for-one-character fold shared by the normaliser, the tokeniser and the gazetteer matcher.
/// Folding never changes a string's length, so offsets into folded text are offsets into the original.
/// </summary>
/// <remarks>
/// Unicode spaces (no-break, narrow no-break, thin, en/em, ideographic, line and paragraph separators) fold to ' ';
/// curly single quotes, primes, single guillemets and apostrophe look-alikes (‘ ’ ‚ ‛ ′ ‹ › ` ´ ʻ ʼ, as in
/// al-Qa`ida) to '\''; curly double quotes, double primes and
/// guillemets (“ ” „ ‟ ″ « ») to '"'; hyphens and dashes (‐ ‑ ‒ – — ― −) to '-'. Soft hyphens and zero-width
/// characters (U+00AD, U+200B–U+200D, U+2060, U+FEFF) are left unchanged: mapping them to any visible character
/// would either break the word they sit in or invent a character; the tokeniser keeps them inside a word, and a
/// matcher that compares token text should skip them (<see cref="IsIgnorable"/>). Letters are not case-folded.
/// </remarks>
internal static class CharFold
{
    /// <summary>The folded form of <paramref name="c"/> (itself when nothing applies).</summary>
    public static char Fold(char c)
    {
        if (c < '\u00A0')
        {
            return c == '`' ? '\'' : c;
        }

        return c switch
        {
            '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' or '\u2028' or '\u2029' => ' ',
            >= '\u2000' and <= '\u200A' => ' ',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2039' or '\u203A' => '\'',
            '\u00B4' or '\u02BB' or '\u02BC' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            >= '\u2010' and <= '\u2015' => '-',
            '\u2212' => '-',
            _ => c,
        };
    }

    /// <summary>True for soft hyphens and zero-width characters, which the fold leaves in place but matching ignores.</summary>
    public static bool IsIgnorable(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>
    /// True when <paramref name="original"/> (a character of the original text, not the folded one) is a
    /// word-joining hyphen (- ‐ ‑) rather than a dash (‒ – — ― −). The fold maps both to '-'; callers that need
    /// the difference look at the original text at the token's offset.
    /// </summary>
    public static bool IsWordHyphen(char original) => original is '-' or '\u2010' or '\u2011';
}
