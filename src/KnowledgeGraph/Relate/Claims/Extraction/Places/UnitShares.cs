using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// The places an armed organisation's counted units are in, for <see cref="PresenceReader"/>: units it has ("has between
/// 2,000 and 3,500 fighters", "had about 6,000 fighters": a form of "have", a count of numbers, <c>amounts</c> and
/// <c>Numbers</c>, and one of the <c>presence_units</c>) and a share of them set off by a comma after the units or after
/// a place they are in ("…, most of them in eastern Afghanistan", "were present in Afghanistan, some of them in
/// Badakhshan"). Stateless.
/// </summary>
internal static class UnitShares
{
    private const int MaxCountWords = 8;

    /// <summary>The forms of "have" that open units held: a sentence with none of them holds none.</summary>
    public static IEnumerable<string> CueWords => GrammarWords.HaveForms.FirstWords;

    /// <summary>
    /// The token after a form of "have", a count and a unit noun from <paramref name="at"/> ("has between 2,000 and 3,500
    /// fighters"); -1 when the words there are not such. The count is needed: "has fighters" is a presence verb of its own.
    /// </summary>
    public static int AfterHeldUnits(SentenceView view, ClaimCues cues, int at)
    {
        if (!GrammarWords.HaveForms.StartsAt(view, at))
        {
            return -1;
        }

        int i = at + 1;
        bool counted = false;
        for (int n = 0; n < MaxCountWords && i < view.End && view.MentionIndexAt(i) < 0; n++)
        {
            // "between 2,000 and 3,500": the words of a range count with its numbers.
            int length = view.Token(i).Kind == TokenKind.Number || GrammarWords.Numbers.StartsAt(view, i) ? 1
                : view.Is(i, "between") || counted && view.Is(i, "and") ? 1
                : cues.Amounts.LongestAt(view, i);
            if (length == 0)
            {
                break;
            }

            counted |= view.Token(i).Kind == TokenKind.Number || GrammarWords.Numbers.StartsAt(view, i);
            i += length;
        }

        return counted && cues.PresenceUnits.LongestAt(view, i) is > 0 and var unit ? i + unit : -1;
    }

    /// <summary>
    /// The place a share of the units names at <paramref name="at"/>: a comma, a word of a multitude ("most", "some",
    /// "many"), "of them" and a place opener before the place ("…, most of them in eastern Afghanistan"); -1 when none.
    /// </summary>
    public static int SharePlace(SentenceView view, ClaimCues cues, int at)
    {
        if (!view.Is(at, ",") || !GrammarWords.Multitudes.StartsAt(view, at + 1) || !view.Is(at + 2, "of") || !view.Is(at + 3, "them"))
        {
            return -1;
        }

        return PresenceReader.Place(view, cues, at + 4, fromAllowed: false);
    }
}
