using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A place named before a meeting's words, tested for whether it places the meeting (<see cref="MeetingPlaceReader"/>)
/// or a noun or clause of its own.
/// </summary>
internal static class EarlierPlace
{
    /// <summary>
    /// True when the place mention <paramref name="place"/>, with its "in" at <paramref name="at"/>, stands before the
    /// claim's evidence in another phrase: past a word that opens another clause ("a Confucius Institute in Bukhara, which
    /// were discussed when Saidov … met Wang Yi"), or right after a noun it locates with no comma before the evidence
    /// ("paying for schools in Kyrgyzstan under an agreement between Putin and Japarov"). A place a verb takes ("was made
    /// in Beijing … during a visit by …"), one set off by a comma ("At the summit in Samarkand, Xi met Putin") and one a
    /// ", where" clause hangs on still place the meeting.
    /// </summary>
    public static bool OfOtherPhrase(SentenceView view, ClaimCues cues, int place, int at, Claim claim)
    {
        int after = view.AfterMention(place);
        if (after >= view.End || view.Token(after).Start >= claim.Start || view.Is(after, ",") && view.Is(after + 1, "where"))
        {
            return false;
        }

        bool comma = false;
        for (int i = after; i < view.End && view.Token(i).Start < claim.Start; i++)
        {
            if (GrammarWords.ClauseStops.StartsAt(view, i) || GrammarWords.ClauseBreaks.StartsAt(view, i))
            {
                return true;
            }

            comma |= view.Is(i, ",");
        }

        return !comma && NounBefore(view, cues, at);
    }

    /// <summary>True when a name or a common noun, no verb form, stands right before token <paramref name="at"/> ("schools in").</summary>
    private static bool NounBefore(SentenceView view, ClaimCues cues, int at)
    {
        int k = at - 1;
        if (k < view.First)
        {
            return false;
        }

        if (view.MentionIndexAt(k) >= 0)
        {
            return true;
        }

        return VerbShapes.IsLowerWord(view, k) && !VerbShapes.IsPast(view, k) && !VerbShapes.IsIngWord(view, k) && !cues.LightVerbs.StartsAt(view, k)
            && !cues.Bridges.StartsAt(view, k) && !GrammarWords.BeForms.StartsAt(view, k) && !GrammarWords.Prepositions.StartsAt(view, k)
            && view.Triggers?.Candidates(view, k) is null;
    }
}
