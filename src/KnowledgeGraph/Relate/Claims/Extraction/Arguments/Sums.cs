using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>The tokens a sum of money is written with: "$4 billion", "US$31 million", "200 million yuan", "at least $5 billion".</summary>
internal static class Sums
{
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
}
