using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The act a charge in a relative clause lays on the name its pronoun stands for. A verb of accusing (<c>accusing</c>
/// cues) after the clause's subject, "for" and a noun trigger: the antecedent does what the noun says ("the East
/// Turkestan Islamic Movement, a Uyghur militant group that China blames for attacks in Xinjiang" → ETIM ATTACKS
/// Xinjiang), also when the verb is conjoined to an earlier one of the clause ("which China calls the East Turkestan
/// Islamic Movement and blames for deadly attacks on Chinese targets"). A verb of accusing, the accused, "of" and a verb
/// trigger in -ing that ends the clause: the accused does it to the antecedent ("the TTP, which Pakistan accuses Kabul of
/// harbouring" → Afghanistan HARBORS TTP). The act is only alleged, so the claim is hedged.
/// Every claim it finds follows a verb of accusing, so it runs behind the accused-act reader's cue words. One instance per
/// reader; not thread-safe.
/// </summary>
internal sealed class RelativeChargeReader
{
    private const int MaxFillers = 3;
    private const int MaxBridges = 3;
    private readonly ClaimCues cues;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> objects = [];

    public RelativeChargeReader(ClaimCues cues, ObjectFinder objectFinder)
    {
        this.cues = cues;
        this.objectFinder = objectFinder;
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int verb = view.First + 2; verb + 2 < view.End; verb++)
        {
            if (cues.Accusing.LongestAt(view, verb) != 1 || view.MentionIndexAt(verb) >= 0)
            {
                continue;
            }

            if (view.Is(verb + 1, "for") || view.Is(verb + 1, "of"))
            {
                ReadBlamedAct(view, verb, output);
            }
            else
            {
                ReadAccusedAct(view, verb, output);
            }
        }
    }

    /// <summary>"that China blames for attacks in Xinjiang": the antecedent is the subject of the noun after "for" or "of".</summary>
    private void ReadBlamedAct(SentenceView view, int verb, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        int antecedent = Antecedent(view, verb);
        if (antecedent < 0)
        {
            return;
        }

        int act = verb + 2;
        for (int n = 0; n < MaxFillers && act < view.End && view.MentionIndexAt(act) < 0 && cues.Fillers.StartsAt(view, act); n++)
        {
            act++;
        }

        if (view.TriggersAt(act) is not { } triggers)
        {
            return;
        }

        foreach (var (words, trigger) in triggers)
        {
            if (trigger.Kind != TriggerKind.Noun || !view.WordsMatch(act, words))
            {
                continue;
            }

            objectFinder.Find(view, act + words.Length, [], direct: true, objects, trigger.Predicate.PossessorObject);
            foreach (Argument target in objects)
            {
                output.Add((new ClaimCandidate(antecedent, target.Mention, 0.8f * target.Weight, verb + 1, act, null) { Alleged = true }, trigger, act));
            }

            return;
        }
    }

    /// <summary>"which Pakistan accuses Kabul of harbouring.": the accused does the act to the antecedent.</summary>
    private void ReadAccusedAct(SentenceView view, int verb, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        int at = verb + 1 + (view.Is(verb + 1, "the") ? 1 : 0);
        if (view.MentionIndexAt(at) is not (>= 0 and var accused) || view.MentionFirst(accused) != at || view.IsPossessive(accused)
            || view.Mention(accused).Kind == MentionKind.Demonym)
        {
            return;
        }

        int act = view.AfterMention(accused) + 1;
        if (!view.Is(act - 1, "of") || !view.Word(act).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || view.TriggersAt(act) is not { } triggers)
        {
            return;
        }

        foreach (var (words, trigger) in triggers)
        {
            int end = act + words.Length;
            // Only a verb with nothing after it leaves its object to the relative pronoun.
            if (trigger.Kind != TriggerKind.Verb || !view.WordsMatch(act, words) || end < view.End && !view.IsPunctuation(end))
            {
                continue;
            }

            if (Antecedent(view, verb) is >= 0 and var antecedent && antecedent != accused)
            {
                output.Add((new ClaimCandidate(accused, antecedent, 0.8f, act - 1, act, null) { Alleged = true }, trigger, act));
            }

            return;
        }
    }

    /// <summary>
    /// The name the relative pronoun of the verb's clause stands for: the verb's subject right before it (past bridges)
    /// opens the clause, or, for a verb conjoined by "and", the subject of the clause's first verb does; -1 when none.
    /// </summary>
    private int Antecedent(SentenceView view, int verb)
    {
        int last = verb - 1;
        for (int n = 0; n < MaxBridges && last > view.First && view.MentionIndexAt(last) < 0 && cues.Bridges.LongestAt(view, last) == 1; n++)
        {
            last--;
        }

        if (view.MentionIndexAt(last) is >= 0 and var subject && view.MentionLast(subject) == last)
        {
            return RelativeAntecedent.Find(view, cues, view.MentionFirst(subject));
        }

        // "which China calls the East Turkestan Islamic Movement and blames for": the first verb's subject.
        return view.Is(verb - 1, "and") && SubjectFinder.RelativeVerbBefore(view, verb - 1) is >= 0 and var first ? Antecedent(view, first) : -1;
    }
}
