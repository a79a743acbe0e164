using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// What a description named by its owner states (<see cref="MentionKind.Described"/>, found by Resolve): the owner runs
/// it ("Beijing's first overseas military base", "where China recently opened a new logistics and military base" →
/// China BUILDS_OR_OPERATES the base), and, where the sentence writes the facility's curated place after "in" ("a naval
/// resupply facility in Djibouti", "in Djibouti, where Beijing has built its first overseas military base", "in the
/// east African nation of Djibouti"), it is BASED_IN that place. Only a negation between the owner and the description
/// ("China has not opened a base") negates the first; the place is never negated.
/// </summary>
internal static class OwnedFacilityReader
{
    /// <summary>Words at most between "in" and "of" before the place ("in the east African nation of Djibouti").</summary>
    private const int MaxOfWords = 5;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention described = view.Mention(m);
            if (described.Kind != MentionKind.Described || described.OwnerToken < 0)
            {
                continue;
            }

            int head = view.MentionLast(m);
            int owner = view.MentionIndexAt(described.OwnerToken);
            if (owner >= 0 && owner != m && lexicon.Find("BUILDS_OR_OPERATES") is { } builds)
            {
                int from = view.MentionLast(owner) + 1, to = view.MentionFirst(m);
                var candidate = new ClaimCandidate(owner, m, 0.85f, from, to, null) { Negated = NegatedBetween(view, lexicon.Cues, from, to) };
                output.Add((candidate, new Trigger([view.Word(head).ToString()], TriggerKind.Title, builds, null), head));
            }

            if (lexicon.Find("BASED_IN") is not { } basedIn)
            {
                continue;
            }

            foreach (EntityLink link in described.Entity.Links)
            {
                if (link.Rel is not ("based_in" or "part_of"))
                {
                    continue;
                }

                for (int p = 0; p < view.MentionCount; p++)
                {
                    if (view.Mention(p).Entity.Id == link.To && view.Mention(p).Kind != MentionKind.Demonym && In(view, view.MentionFirst(p)) is var at and >= 0)
                    {
                        output.Add((new ClaimCandidate(m, p, 0.85f, at, at, null) { Negated = false }, new Trigger(["in"], TriggerKind.Title, basedIn, null), at));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when a negation cue (claim_cues <c>negations</c>) stands between the owner and the description ("China has
    /// not opened a base"): only those words negate what the description's own phrase states, not a negation elsewhere
    /// in the sentence ("China did not explain … in Djibouti, where China recently opened a new … base").
    /// </summary>
    private static bool NegatedBetween(SentenceView view, ClaimCues cues, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (cues.Negations.StartsAt(view, i) || view.IsContractedNot(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The "in" that places the mention starting at <paramref name="first"/> ("in Djibouti", "in the east African nation of
    /// Djibouti": words and demonyms between "in" and "of"), or -1.
    /// </summary>
    private static int In(SentenceView view, int first)
    {
        if (view.Is(first - 1, "in"))
        {
            return first - 1;
        }

        if (!view.Is(first - 1, "of"))
        {
            return -1;
        }

        for (int i = first - 2; i >= view.First && i >= first - 2 - MaxOfWords; i--)
        {
            if (view.Is(i, "in"))
            {
                return i;
            }

            if (view.MentionIndexAt(i) is >= 0 and var mention && view.Mention(mention).Kind != MentionKind.Demonym || view.Token(i).Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }
}
