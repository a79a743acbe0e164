namespace KnowledgeGraph.Relate.Claims;

/// <summary>
/// Negation and hedging of one claim. Negated: a negation cue between subject and trigger ("has not invested",
/// "failed to", "never"), "no" before a nominal subject, or a sentence negation before the trigger ("no evidence
/// that"). Hedged: a hedge cue anywhere from the sentence start to the end of the claim's evidence.
/// </summary>
internal sealed class ClaimModality
{
    private readonly ClaimCues cues;

    public ClaimModality(ClaimCues cues) => this.cues = cues;

    public bool IsNegated(SentenceView view, int from, int to, int trigger)
    {
        for (int i = Math.Max(from, view.First); i < to; i++)
        {
            if (view.Is(i, "not") && view.Is(i + 1, "only"))
            {
                continue;
            }

            if (view.IsContractedNot(i) || view.Is(i, "no") || cues.Negations.StartsAt(view, i))
            {
                return true;
            }
        }

        return cues.SentenceNegations.AnyIn(view, view.First, trigger);
    }

    public bool IsHedged(SentenceView view, int evidenceEndToken) =>
        cues.Hedges.AnyIn(view, view.First, Math.Min(evidenceEndToken, view.End));
}
