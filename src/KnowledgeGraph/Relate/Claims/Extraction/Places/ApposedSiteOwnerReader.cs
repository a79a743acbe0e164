using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A site described in apposition by the state that runs it: a name, a comma, "the" or "a", lower-case modifiers, a
/// country's demonym or name ("U.S."), lower-case modifiers and a noun of claim_cues <c>site_heads</c> ("Camp Lemonnier, the only
/// permanent U.S. military installation", "Camp Lemonnier, the U.S. installation") → the country BUILDS_OR_OPERATES the
/// site. Driven by the country's mention.
/// </summary>
internal static class ApposedSiteOwnerReader
{
    private const int MaxModifiers = 4;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BUILDS_OR_OPERATES") is not { } operates)
        {
            return;
        }

        for (int owner = 1; owner < view.MentionCount; owner++)
        {
            // The apposition before the country (", the") is the rarer condition: it is asked first.
            if (view.Mention(owner).Entity.Type != EntityType.Country || view.IsPossessive(owner)
                || Site(view, view.MentionFirst(owner) - 1) is not (>= 0 and var site) || Head(view, lexicon.Cues, view.AfterMention(owner)) is not (>= 0 and var head))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, head, TriggerKind.Noun, operates);
            output.Add((new ClaimCandidate(owner, site, 0.8f, view.MentionFirst(owner), head, null), trigger, head));
        }
    }

    /// <summary>The site noun after lower-case modifiers from <paramref name="i"/> on, the apposition's end after it; -1 when none.</summary>
    private static int Head(SentenceView view, ClaimCues cues, int i)
    {
        for (int n = 0; n <= MaxModifiers && i < view.End && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0; n++, i++)
        {
            if (cues.SiteHeads.LongestAt(view, i) is > 0 and var length)
            {
                int end = i + length;
                // The apposition ends at the noun ("installation,", "installation.") or goes on with a place ("on the African continent").
                return end >= view.End || view.IsPunctuation(end) || GrammarWords.Prepositions.StartsAt(view, end) ? end - 1 : -1;
            }

            if (GrammarWords.Prepositions.StartsAt(view, i) || GrammarWords.ClauseStops.StartsAt(view, i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The named site before ", the" and lower-case modifiers that end at <paramref name="i"/>; -1 when not so written.</summary>
    private static int Site(SentenceView view, int i)
    {
        for (int n = 0; n < MaxModifiers && i > view.First && VerbShapes.IsLowerWord(view, i) && !GrammarWords.Articles.StartsAt(view, i); n++)
        {
            i--;
        }

        if (!(view.Is(i, "the") || view.Is(i, "a") || view.Is(i, "an")) || !view.Is(i - 1, ","))
        {
            return -1;
        }

        int site = SubjectFinder.EndingAt(view, i - 2);
        return site >= 0 && view.Mention(site).Entity.Type is EntityType.Place or EntityType.Project && view.Mention(site).Kind != MentionKind.Demonym ? site : -1;
    }
}
