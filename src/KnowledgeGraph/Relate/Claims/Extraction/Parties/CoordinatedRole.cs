using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A partner role coordinated after a possessed one (<see cref="PartnerReader"/>: "China is Pakistan's largest creditor
/// and closest ally"), also one whose "its" stands for the first role's owner ("China is Tajikistan's largest creditor
/// and one of its biggest investors").
/// </summary>
internal static class CoordinatedRole
{
    /// <summary>
    /// The role coordinated after the first one's end at <paramref name="after"/> that the first role's owner (the mention
    /// <paramref name="owner"/>) owns too: right after "and" ("largest creditor and closest ally"), after "and" and an "its" (or "one of its") that stands for
    /// the owner ("China is Tajikistan's largest creditor and one of its biggest investors"), or after "and" and an
    /// article when "in its" follows the role ("Kazakhstan's largest trading partner and a leading investor in its oil,
    /// gas and transport sectors"); <paramref name="next"/> receives its first token. Null when there is none.
    /// </summary>
    public static Trigger? Second(SentenceView view, PartnerRoles roles, int owner, int after, out int next)
    {
        next = RoleModifiers.SkipModifiersForward(view, roles, after + 1);
        if (!view.Is(after, "and"))
        {
            return null;
        }

        if (roles.RoleAt(view, next) is { } plain)
        {
            return plain;
        }

        int i = after + 1;
        i += view.Is(i, "one") && view.Is(i + 1, "of") ? 2 : 0;
        bool pronoun = view.Is(i, "its");
        if (pronoun && !OwnerPronoun(view, owner, i) || !pronoun && (i > after + 1 || !GrammarWords.Articles.StartsAt(view, i)))
        {
            return null;
        }

        next = RoleModifiers.SkipModifiersForward(view, roles, i + 1);
        if (roles.RoleAt(view, next) is not { } role)
        {
            return null;
        }

        int end = next + role.Words.Length;
        return pronoun || view.Is(end, "in") && view.Is(end + 1, "its") && OwnerPronoun(view, owner, end + 1) && !view.Is(end + 2, "own") ? role : null;
    }

    /// <summary>True when the "its" at <paramref name="i"/> is no mention or one of the owner's own entity.</summary>
    private static bool OwnerPronoun(SentenceView view, int owner, int i) =>
        view.MentionIndexAt(i) is var m && (m < 0 || view.Mention(m).Entity.Id == view.Mention(owner).Entity.Id);
}
