using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// An act judged in apposition to the clause that reports it: "Pakistan has expelled hundreds of thousands of Afghan
/// refugees, a campaign the Taliban have condemned as cruel", "Beijing has pressed Islamabad to let Chinese firms guard
/// its citizens, a request Pakistani officials have resisted". After a comma, "a" or "an" and a noun of an act (claim_cues
/// <c>appraised_acts</c>), a name (or a demonym before an actor noun) and a verb trigger (up to two bridges or adverbs
/// before it) with nothing after it but punctuation, "as" or a preposition: the name states the verb's predicate of the
/// name that opens the sentence as its subject, the act's doer. Only predicates whose object may be the possessor of
/// what they judge (<see cref="PredicateDefinition.PossessorObject"/>: "condemned Pakistan's campaign" criticises
/// Pakistan), one way.
/// </summary>
internal static class AppraisedActReader
{
    private const int MaxBeforeVerb = 2;

    public static void Read(SentenceView view, ClaimCues cues, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // Driven by the judge's mention, not by every token: the act's noun stands right before it (or before its "the").
        for (int judge = 1; judge < view.MentionCount; judge++)
        {
            int at = view.MentionFirst(judge);
            int noun = view.Is(at - 1, "the") ? at - 2 : at - 1;
            int comma = noun - 2;
            if (comma <= view.First || !view.Is(comma, ",") || !(view.Is(noun - 1, "a") || view.Is(noun - 1, "an"))
                || cues.AppraisedActs.LongestAt(view, noun) != 1 || view.IsPossessive(judge))
            {
                continue;
            }

            int verb = view.AfterMention(judge);
            if (view.Mention(judge).Kind == MentionKind.Demonym)
            {
                // "a request Pakistani officials have resisted": the officials' state judges.
                int actors = cues.Actors.LongestAt(view, verb);
                if (actors == 0)
                {
                    continue;
                }

                verb += actors;
            }

            for (int n = 0; n < MaxBeforeVerb && verb < view.End && view.MentionIndexAt(verb) < 0 && view.TriggersAt(verb) is null
                && (cues.Bridges.LongestAt(view, verb) > 0 || view.Word(verb).EndsWith("ly", StringComparison.Ordinal)); n++)
            {
                verb += Math.Max(1, cues.Bridges.LongestAt(view, verb));
            }

            if (Appraisal(view, verb) is not { } trigger || Doer(view, comma) is not (>= 0 and var doer)
                || view.Mention(doer).Entity.Id == view.Mention(judge).Entity.Id)
            {
                continue;
            }

            output.Add((new ClaimCandidate(judge, doer, 0.85f, verb, verb, null), trigger, verb));
        }
    }

    /// <summary>
    /// The verb trigger at <paramref name="verb"/> of a one-way predicate that takes a possessor as object, when nothing
    /// but punctuation, "as" or a preposition follows it (its object is the act before); null otherwise.
    /// </summary>
    private static Trigger? Appraisal(SentenceView view, int verb)
    {
        if (verb >= view.End || view.TriggersAt(verb) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            int after = verb + words.Length;
            if (trigger.Kind == TriggerKind.Verb && trigger.Predicate.PossessorObject && !trigger.Predicate.Symmetric
                && (after >= view.End || view.IsPunctuation(after) || view.Is(after, "as") || GrammarWords.Prepositions.StartsAt(view, after)))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>The name opening the sentence (after "the" at most) as the subject of a lower-case word, when it stands before <paramref name="comma"/>; else -1.</summary>
    private static int Doer(SentenceView view, int comma)
    {
        int opening = view.Is(view.First, "the") ? view.First + 1 : view.First;
        return view.MentionCount > 0 && view.MentionFirst(0) == opening && view.MentionLast(0) < comma && !view.IsPossessive(0)
            && view.Mention(0).Kind != MentionKind.Demonym && VerbShapes.IsLowerWord(view, view.AfterMention(0)) ? 0 : -1;
    }
}
