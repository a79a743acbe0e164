using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Parties that agree to do something together work together: "Pakistan and China had agreed to fast-track the
/// desalination plant", "Kazakhstan and China agreed on Tuesday to expand intelligence sharing" → besides the agreement
/// (SIGNS_AGREEMENT_WITH, read from "agreed"), each pair COOPERATES_WITH. Read from the sentence's own agreements that
/// are not negated and whose trigger is a form of claim_cues <c>agreeing</c>, when "to" and a verb follow it (past a time
/// phrase of at most four words, no comma or name): "agreed to a ceasefire" agrees to a thing, not to an act done
/// together. Stateless.
/// </summary>
internal static class AgreedActReader
{
    private const int MaxWordsBeforeTo = 4;

    public static void Read(SentenceView view, PredicateLexicon lexicon, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        PredicateDefinition? cooperates = null;
        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (claim.Negated || claim.Predicate != "SIGNS_AGREEMENT_WITH" || AgreedAct(view, lexicon.Cues, claim) is not (>= 0 and var at)
                || !view.Word(at).Equals(claim.Trigger, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            cooperates ??= lexicon.Find("COOPERATES_WITH");
            int subject = view.MentionOf(claim.Subject);
            int obj = view.MentionOf(claim.Object);
            // "the three countries agreed to extend …": a group's agreement is read, but what it agrees is often one party's
            // act, not a common one.
            if (cooperates is null || subject < 0 || obj < 0 || GroupBefore(view, at))
            {
                continue;
            }

            var trigger = new Trigger([view.Word(at).ToString(), "to"], TriggerKind.Verb, cooperates, null);
            output.Add((new ClaimCandidate(subject, obj, 0.8f, at, at, null), trigger, at));
        }
    }

    /// <summary>True when a reference that stands for three or more parties comes before token <paramref name="at"/>.</summary>
    private static bool GroupBefore(SentenceView view, int at)
    {
        for (int m = 0; m < view.MentionCount && view.MentionFirst(m) < at; m++)
        {
            if (view.AlsoMeant(m).Count > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of the claim's "agree" form when "to" and a verb follow it (an adverb in -ly may stand before the verb):
    /// the verb the tagger calls one, or a word glued to a hyphen ("fast-track"); -1 otherwise.
    /// </summary>
    private static int AgreedAct(SentenceView view, ClaimCues cues, Claim claim)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Token(i).Start < claim.Start || cues.Agreeing.LongestAt(view, i) != 1 || view.MentionIndexAt(i) >= 0)
            {
                continue;
            }

            for (int k = i + 1; k < view.End && k - i <= MaxWordsBeforeTo + 1; k++)
            {
                if (view.Is(k, ",") || view.MentionIndexAt(k) >= 0)
                {
                    return -1;
                }

                if (view.Is(k, "to"))
                {
                    // "agreed in 2024 to jointly build": an adverb in -ly before the verb.
                    int verb = VerbShapes.IsLowerWord(view, k + 1) && VerbShapes.EndsInLy(view, k + 1) ? k + 2 : k + 1;
                    return VerbShapes.IsLowerWord(view, verb) && (view.Is(verb + 1, "-") || VerbShapes.TaggedVerbBetween(view, verb, verb + 1)) ? i : -1;
                }
            }

            return -1;
        }

        return -1;
    }
}
