using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Two parties a text calls allies are allied: a definite description that coreference resolved to two named states or
/// bodies (<see cref="SentenceView.AlsoMeant"/>) whose noun is one of ALLIED_WITH's one-word <c>labels</c> in
/// predicates.yaml ("the two allies") → ALLIED_WITH between the two, wherever the description stands ("The two allies
/// already build the lighter JF-17 Thunder fighter together", "the violence has tested relations between the two allies").
/// The candidate names the description on both sides and the claim is read through its other antecedent, as
/// <see cref="JointPairReader"/> does.
/// </summary>
internal static class AlliedPairReader
{
    /// <summary>The labels' words: every claim this reader finds is read from a description ending in one.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) =>
        lexicon.Find("ALLIED_WITH") is { } allied ? allied.Labels.Where(label => !label.Contains(' ')) : [];

    /// <summary>Appends one candidate per description of two allies.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.HasPlural || lexicon.Find("ALLIED_WITH") is not { } allied)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            int noun = view.MentionLast(m);
            if (view.Mention(m).Kind != MentionKind.Partial || view.AlsoMeant(m) is not { Count: 1 } others || !view.Is(view.MentionFirst(m), "the")
                || !JointPairReader.IsParty(view.Mention(m).Entity) || !JointPairReader.IsParty(others[0].Entity) || view.Mention(m).Entity.Id == others[0].Entity.Id
                || !IsLabel(view, noun, allied))
            {
                continue;
            }

            output.Add((new ClaimCandidate(m, m, 0.8f, noun, noun, null), Trigger.OfWord(view, noun, TriggerKind.Noun, allied), noun));
        }
    }

    /// <summary>True when token <paramref name="token"/> is a one-word label of <paramref name="allied"/> ("allies").</summary>
    internal static bool IsLabel(SentenceView view, int token, PredicateDefinition allied)
    {
        foreach (string label in allied.Labels)
        {
            if (!label.Contains(' ') && view.Is(token, label))
            {
                return true;
            }
        }

        return false;
    }
}
