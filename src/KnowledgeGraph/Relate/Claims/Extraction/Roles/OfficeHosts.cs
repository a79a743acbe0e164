using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Building;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Where a state office with no body named is held (<see cref="KnownRoleReader"/>): the capital the sentence places the
/// act in before the title ("signed in Dushanbe by Energy and Water Resources Minister Daler Juma" → Tajikistan), and the
/// words of a portfolio the lexicon does not list before an office noun ("Digital Development Minister").
/// </summary>
internal static class OfficeHosts
{
    private const int MaxPortfolioWords = 5;

    /// <summary>
    /// The first word of a capitalised portfolio of at most five words ("and" between, no title modifier) right before a
    /// one-word HOLDS_ROLE_IN title at <paramref name="start"/> that is an office noun of claim_cues
    /// <c>portfolio_offices</c> ("Energy and Water Resources Minister"); <paramref name="start"/> when none.
    /// </summary>
    public static int PortfolioStart(SentenceView view, ClaimCues cues, Trigger title, int start)
    {
        if (title.Length != 1 || title.Predicate.Name != "HOLDS_ROLE_IN" || !cues.PortfolioOffices.StartsAt(view, start))
        {
            return start;
        }

        int first = start;
        for (int k = start - 1; k >= view.First && start - k <= MaxPortfolioWords && view.MentionIndexAt(k) < 0 && !cues.TitleModifiers.StartsAt(view, k)
            && (view.Token(k).Kind == TokenKind.Word && view.Token(k).Is(TokenShape.Capitalised) || view.Is(k, "and")); k--)
        {
            first = view.Is(k, "and") ? first : k;
        }

        return first;
    }

    /// <summary>
    /// The state of the capital named nearest before token <paramref name="end"/> and read as the city ("in Dushanbe", "on
    /// the outskirts of Bishkek"), through the capital's metonym reading in the gazetteer; null when none is.
    /// </summary>
    public static Entity? CapitalBefore(SentenceView view, int end)
    {
        for (int m = view.MentionCount - 1; m >= 0; m--)
        {
            if (view.MentionLast(m) < end && CapitalStates.CapitalOf(view.Mention(m)) is { } state)
            {
                return state;
            }
        }

        return null;
    }
}
