using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Where a role's qualifier starts: the title, and before it the words that say when or how the office is held
/// (claim_cues <c>tenure_words</c>: "former", "acting", "then-") or that make it a deputy's (<c>deputies</c>: "vice",
/// "deputy"), outside any name. A hyphen belongs to the word glued before it ("then-"), never to a compound title
/// ("Secretary-General").
/// </summary>
internal static class OfficeQualifier
{
    private const int MaxWords = 4;

    /// <summary>The first qualifying word standing right before token <paramref name="at"/>; <paramref name="at"/> when none does.</summary>
    public static int Start(SentenceView view, ClaimCues cues, int at)
    {
        int k = at;
        for (int n = 0; n < MaxWords && k - 1 >= view.First && view.MentionIndexAt(k - 1) < 0; n++)
        {
            if (view.Is(k - 1, "-"))
            {
                if (!(k - 2 >= view.First && view.MentionIndexAt(k - 2) < 0 && Qualifies(view, cues, k - 2)))
                {
                    break;
                }

                k -= 2;
                continue;
            }

            if (!Qualifies(view, cues, k - 1))
            {
                break;
            }

            k--;
        }

        return k;
    }

    /// <summary>
    /// True when a word of claim_cues <c>deputies</c> stands right before the title at <paramref name="start"/> ("vice
    /// chairman", "vice-chairman", "Deputy Chief").
    /// </summary>
    public static bool IsDeputy(SentenceView view, ClaimCues cues, int start)
    {
        int before = view.Is(start - 1, "-") ? start - 2 : start - 1;
        return before >= view.First && cues.Deputies.StartsAt(view, before);
    }

    private static bool Qualifies(SentenceView view, ClaimCues cues, int i) =>
        !view.Is(i, "-") && (cues.TenureWords.StartsAt(view, i) || cues.Deputies.StartsAt(view, i));
}
