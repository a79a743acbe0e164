using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>The tokens a sum of money is written with: "$4 billion", "US$31 million", "200 million yuan", "at least $5 billion".</summary>
internal static class Sums
{
    /// <summary>Most tokens inside the brackets of a sum's conversion ("(US$ 6.9 million)").</summary>
    private const int MaxConversionTokens = 6;

    /// <summary>
    /// True when the token at <paramref name="i"/> may be part of a sum: a number, a currency sign, a capitalised currency
    /// prefix before "$" ("US$"), or a word of claim_cues <c>amounts</c> or <c>money</c>.
    /// </summary>
    public static bool IsSumToken(SentenceView view, ClaimCues cues, int i) =>
        view.Token(i).Kind is TokenKind.Number or TokenKind.Symbol
        || (view.Is(i + 1, "$") && view.Token(i).Is(TokenShape.AllUpper))
        || cues.Amounts.StartsAt(view, i) || cues.Money.StartsAt(view, i);

    /// <summary>
    /// True when the token at <paramref name="i"/> is a number, a currency sign or a word of claim_cues <c>amounts</c>: a
    /// word of an amount, without the money nouns that may name what is owed ("debt", "loans").
    /// </summary>
    public static bool IsAmountToken(SentenceView view, ClaimCues cues, int i) =>
        view.Token(i).Kind is TokenKind.Number or TokenKind.Symbol || cues.Amounts.StartsAt(view, i);

    /// <summary>
    /// The token after the bracketed conversion of a sum that opens at <paramref name="open"/> ("50 million yuan ($6.9
    /// million) in"): brackets holding sum tokens only (<see cref="IsSumToken"/>), a number among them; -1 when there is none.
    /// </summary>
    public static int ConversionEnd(SentenceView view, ClaimCues cues, int open)
    {
        if (!view.Is(open, "("))
        {
            return -1;
        }

        bool number = false;
        for (int k = open + 1; k < view.End && k <= open + MaxConversionTokens; k++)
        {
            if (view.Is(k, ")"))
            {
                return number ? k + 1 : -1;
            }

            if (!IsSumToken(view, cues, k))
            {
                return -1;
            }

            number |= view.Token(k).Kind == TokenKind.Number;
        }

        return -1;
    }

    /// <summary>
    /// The opening bracket of the conversion of a sum whose closing bracket is at <paramref name="close"/> (as
    /// <see cref="ConversionEnd"/> reads it, from the other side); -1 when there is none.
    /// </summary>
    public static int ConversionStart(SentenceView view, ClaimCues cues, int close)
    {
        if (!view.Is(close, ")"))
        {
            return -1;
        }

        bool number = false;
        for (int k = close - 1; k >= view.First && k >= close - MaxConversionTokens; k--)
        {
            if (view.Is(k, "("))
            {
                return number ? k : -1;
            }

            if (!IsSumToken(view, cues, k))
            {
                return -1;
            }

            number |= view.Token(k).Kind == TokenKind.Number;
        }

        return -1;
    }

    private const int MaxMeasureTokens = 6;

    /// <summary>
    /// The token after a measure written after "of" at <paramref name="i"/> that qualifies the noun before it ("a border of
    /// more than 1,700 km", "a loan of about $2 billion"): amount tokens that hold a number (<see cref="IsAmountToken"/>),
    /// then at most one lower-case word for the unit that is no preposition; -1 when there is none.
    /// </summary>
    public static int MeasureOfEnd(SentenceView view, ClaimCues cues, int i)
    {
        if (!view.Is(i, "of"))
        {
            return -1;
        }

        int k = i + 1;
        bool number = false;
        while (k < view.End && k <= i + MaxMeasureTokens && view.MentionIndexAt(k) < 0 && IsAmountToken(view, cues, k))
        {
            bool numeral = view.Token(k).Kind is TokenKind.Number or TokenKind.Symbol;
            number |= view.Token(k).Kind == TokenKind.Number;
            k += numeral ? 1 : Math.Max(1, cues.Amounts.LongestAt(view, k));
        }

        if (!number)
        {
            return -1;
        }

        // "km", "miles": one lower-case word after the number names the unit.
        return k < view.End && view.MentionIndexAt(k) < 0 && view.Token(k).Is(TokenShape.AllLower) && !GrammarWords.Prepositions.StartsAt(view, k)
            && !GrammarWords.Conjunctions.StartsAt(view, k) ? k + 1 : k;
    }
}
