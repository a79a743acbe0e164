using System.Buffers;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Text;

/// <summary>
/// Text stage 2: fills <see cref="Paragraph.Tokens"/> for every paragraph, whatever its role.
/// Needs: paragraphs. Adds: tokens, half-open offsets into <see cref="Paragraph.Text"/> (equally into
/// <see cref="Paragraph.Normalised"/>: raw and normalised text tokenise identically). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Rules, in the order the scanner applies them:
/// <list type="bullet">
/// <item>URLs (http://, https://, ftp://, www.) and e-mail addresses are one <see cref="TokenKind.Url"/> token,
/// without trailing sentence punctuation or an enclosing &gt;.</item>
/// <item>Words are runs of letters and combining marks with inner apostrophes (O'Neill, Xi’an). Words split where
/// Universal Dependencies English splits them (<see cref="Contractions"/>), so the parser sees the words it was trained
/// on: a possessive or clitic ’s / 's, 're, 'll, 've, 'm, 'd is its own Word token, n't too (do | n't, ca | n't), and
/// cannot, gonna, wanna, gotta, outta split in two (can | not). Hyphens and dashes are always separate Punctuation tokens
/// (China, -, Pakistan); <see cref="IsJoiningHyphen"/> tells a word-joining hyphen from a dash.</item>
/// <item>A word keeps its dot for letter-dot chains (U.S., e.g.), capital initials (S.), listed abbreviations
/// (Sept., Gen., Mr., Inc.; No. only before a number) and dotted names ending in a domain (Mail.Ru).</item>
/// <item>Glued words are split and the right-hand part flagged <see cref="TokenShape.Glued"/>: see
/// <see cref="GlueRules.SplitsBeforeUpper"/> (leaderXi, aUyghur, EconomicCorridor) and letters before digits
/// when at least two lower-case letters precede (Tashkent8, of2021; not MI5, COVID19). A word or number right
/// after a full stop glued on both sides (regard.The, Beijing.34) and a number right after a glued closing
/// quote or bracket (it.”10) are flagged Glued too; a Glued number is an endnote reference.</item>
/// <item>Numbers are digits with inner . or , before a digit (4.3, 1,000) and trailing letters (1990s, 20th).
/// A year glued to an endnote (2017.53 before a capital or at the end) splits into 2017, ., 53.</item>
/// <item>Symbols (% $ © € £ • &amp; @ #) are Symbol tokens; every other character is one Punctuation token.
/// White space, soft hyphens and zero-width characters between tokens are skipped.</item>
/// </list>
/// </remarks>
internal sealed class Tokeniser : IDocumentStage
{
    /// <inheritdoc />
    public string Name => "tokeniser";

    /// <inheritdoc />
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            paragraph.Tokens = Tokenise(paragraph.Text);
        }
    }

    /// <summary>
    /// Tokenises <paramref name="text"/> (raw or normalised; the result is the same). The entry point for
    /// gazetteer aliases: tokens of an alias line up with tokens of a paragraph that contains it.
    /// </summary>
    public static Token[] Tokenise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenise(text.AsSpan());
    }

    /// <summary>Tokenises <paramref name="text"/> into a new array sized to fit.</summary>
    public static Token[] Tokenise(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        Token[] buffer = ArrayPool<Token>.Shared.Rent(text.Length);
        try
        {
            int count = Tokenise(text, buffer);
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Tokenises <paramref name="text"/> into <paramref name="destination"/>, which must hold at least
    /// text.Length tokens (a token is never empty), and returns how many were written.
    /// </summary>
    public static int Tokenise(ReadOnlySpan<char> text, Span<Token> destination)
    {
        if (destination.Length < text.Length)
        {
            throw new ArgumentException("The destination must hold at least one token per character.", nameof(destination));
        }

        return new TokenScanner(text, destination).Run();
    }

    /// <summary>
    /// True when <paramref name="token"/> is a hyphen joining two words: an original - ‐ ‑ (not a dash such as
    /// – or —) with no white space on either side (China-Pakistan, al-Qaeda, U.S.-led).
    /// </summary>
    public static bool IsJoiningHyphen(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation || token.Length != 1 || !CharFold.IsWordHyphen(text[token.Start]))
        {
            return false;
        }

        return !token.Is(TokenShape.SpaceBefore) && token.End < text.Length && CharTable.Of(text[token.End]) != CharKind.Space;
    }
}
