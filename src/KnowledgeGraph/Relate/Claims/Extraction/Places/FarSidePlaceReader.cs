using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Two places on either side of a river or border → BORDERS: a preposition of the far side (claim_cues
/// <c>far_side_preps</c>), "the", a river's name or a noun of a dividing line (<c>dividing_nouns</c>) and "from" with a
/// place after it. The other place is named right before the preposition, past its comma or a verb of lying
/// (<c>lying_verbs</c>: "Shighnan district, across the river from the Tajik town of Khorog", "Kunduz lies across the Amu
/// Darya from Termez"), or after a verb of lying when the phrase opens the sentence ("Across the Panj from Khorog lies
/// Afghanistan's Badakhshan province"). Both are places within states, neither a state nor a capital, so "troops from
/// across the country" and "attacks from across the border" state nothing.
/// </summary>
internal static class FarSidePlaceReader
{
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.FarSidePreps.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.MentionCount < 2 || lexicon.Find("BORDERS") is not { } borders)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int prep = view.First; prep < view.End; prep++)
        {
            if (!cues.FarSidePreps.StartsAt(view, prep) || From(view, cues, prep + cues.FarSidePreps.LongestAt(view, prep)) is not (>= 0 and var from))
            {
                continue;
            }

            int far = FacingPlaceReader.Faced(view, from + 1);
            if (far < 0 || !IsLocal(view, far))
            {
                continue;
            }

            int near = prep == view.First ? Fronted(view, cues, view.AfterMention(far)) : Before(view, cues, prep);
            if (near >= 0 && IsLocal(view, near) && view.Mention(near).Entity.Id != view.Mention(far).Entity.Id)
            {
                var trigger = new Trigger([view.Word(prep).ToString()], TriggerKind.Noun, borders, null);
                output.Add((new ClaimCandidate(Math.Min(near, far), Math.Max(near, far), 0.85f, prep, prep, null), trigger, prep));
            }
        }
    }

    /// <summary>A place's name that is no state, capital, demonym or river.</summary>
    private static bool IsLocal(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m).Kind != MentionKind.Demonym
        && view.Mention(m).Entity.Subtype is not (EntitySubtypes.Capital or EntitySubtypes.Geographic);

    /// <summary>"the", a river's name or a dividing noun, then "from": the position of "from"; -1 when none.</summary>
    private static int From(SentenceView view, ClaimCues cues, int at)
    {
        if (!view.Is(at, "the"))
        {
            return -1;
        }

        at++;
        int m = view.MentionIndexAt(at);
        if (m >= 0 && view.MentionFirst(m) == at && view.Mention(m).Entity.Subtype == EntitySubtypes.Geographic)
        {
            at = view.AfterMention(m);
        }
        else if (cues.DividingNouns.StartsAt(view, at))
        {
            at += cues.DividingNouns.LongestAt(view, at);
        }
        else
        {
            return -1;
        }

        return view.Is(at, "from") ? at : -1;
    }

    /// <summary>The place named right before the preposition, past a place noun, a comma or a verb of lying; -1 when none.</summary>
    private static int Before(SentenceView view, ClaimCues cues, int prep)
    {
        int at = prep - 1;
        if (at >= view.First && (view.Is(at, ",") || cues.LyingVerbs.StartsAt(view, at)))
        {
            at--;
        }

        for (int k = at; k >= view.First && k >= at - 1; k--)
        {
            int m = view.MentionIndexAt(k);
            if (m >= 0 && view.AfterMention(m) == k + 1 && (k == at || cues.PlaceHeads.LongestAt(view, k + 1) == at - k))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>The place after a verb of lying that follows the fronted phrase; -1 when none.</summary>
    private static int Fronted(SentenceView view, ClaimCues cues, int at) =>
        cues.LyingVerbs.StartsAt(view, at) ? FacingPlaceReader.Faced(view, at + cues.LyingVerbs.LongestAt(view, at)) : -1;
}
