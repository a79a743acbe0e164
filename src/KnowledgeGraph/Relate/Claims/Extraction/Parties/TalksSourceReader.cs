using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A source named by the talks it knows of places the sentence's demands in talks: "Beijing has for years pressed
/// Islamabad to let Chinese private security companies guard its workers, …, according to two officials familiar with the
/// talks" → China NEGOTIATES_WITH Pakistan; "China has asked Syria's government to hand over …, three Syrian officials
/// familiar with the talks told Reuters". The source is a phrase of claim_cues <c>talks_sources</c>; the parties are those
/// of the sentence's own demands and pressure (DEMANDS_FROM, PRESSURES) that are not negated. Stateless.
/// </summary>
internal static class TalksSourceReader
{
    private static readonly string[] Demands = ["DEMANDS_FROM", "PRESSURES"];

    public static void Read(SentenceView view, PredicateLexicon lexicon, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!AnyDemand(claims, first) || Source(view, lexicon.Cues) is not (>= 0 and var at)
            || lexicon.Find("NEGOTIATES_WITH") is not { } negotiates)
        {
            return;
        }

        var trigger = new Trigger([view.Word(at).ToString()], TriggerKind.Noun, negotiates, null);
        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (claim.Negated || Array.IndexOf(Demands, claim.Predicate) < 0 || claim.Subject == claim.Object)
            {
                continue;
            }

            int subject = view.MentionOf(claim.Subject);
            int obj = view.MentionOf(claim.Object);
            if (subject >= 0 && obj >= 0)
            {
                output.Add((new ClaimCandidate(subject, obj, 0.75f, at, at, null), trigger, at));
            }
        }
    }

    private static bool AnyDemand(IReadOnlyList<Claim> claims, int first)
    {
        for (int c = first; c < claims.Count; c++)
        {
            if (Array.IndexOf(Demands, claims[c].Predicate) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of the talks noun that ends the sentence's first source phrase; -1 when none.</summary>
    private static int Source(SentenceView view, ClaimCues cues)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (cues.TalksSources.LongestAt(view, i) is > 0 and var length)
            {
                return i + length - 1;
            }
        }

        return -1;
    }
}
