using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// An act of force threatened: a verb of claim_cues <c>threatening</c> before "to" and an ATTACKS verb ("vowing to attack
/// Chinese infidels"), or before "that" and a clause whose modal governs one ("warned that Islamabad could again strike
/// militant hideouts in Afghanistan") or a passive of one ("threatened that every Chinese company … would be targeted",
/// "warned that Chinese nationals would remain legitimate targets") → the threatening verb's subject THREATENS the act's
/// target: what the ATTACKS readings already found for the act, else its object, else (passive) the clause's subject. So
/// does an act of force a party says it will commit ("The group said it would continue to target "every Chinese
/// project"") or calls on its own people to commit ("called on its followers to attack Chinese nationals"). One instance
/// per reader; not thread-safe.
/// </summary>
internal sealed class ThreatenedActReader
{
    /// <summary>Words from "that" to the modal of its clause.</summary>
    private const int MaxSubjectWords = 10;
    /// <summary>Words from the modal to the act, bridges ("again") or a copula and modifiers ("remain legitimate") between.</summary>
    private const int MaxVerbWords = 4;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? threatens;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> objects = [];
    private readonly List<int> targets = [];

    public ThreatenedActReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        threatens = lexicon.Find("THREATENS");
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// The verbs of threatening, speech and inciting: every claim this reader finds is read from one, so a sentence with none
    /// gives none.
    /// </summary>
    public IEnumerable<string> CueWords => [.. cues.Threatening.FirstWords, .. cues.SpeechVerbs.FirstWords, .. cues.Inciting.FirstWords];

    /// <summary>
    /// Appends the threats of the loaded sentence to <paramref name="output"/>, which already holds the other readers'
    /// candidates; <paramref name="stated"/> holds the claims the token rules read.
    /// </summary>
    public void Read(SentenceView view, ReadOnlySpan<Claim> stated, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (threatens is null)
        {
            return;
        }

        int known = output.Count;
        for (int verb = view.First; verb + 2 < view.End; verb++)
        {
            targets.Clear();
            if (cues.Threatening.LongestAt(view, verb) == 1)
            {
                if (view.Is(verb + 1, "to"))
                {
                    Targets(view, stated, output, known, verb + 2, -1);
                }
                else if (view.Is(verb + 1, "that") && Modal(view, verb + 2) is >= 0 and var modal)
                {
                    int act = modal + 1;
                    while (act < view.End && act - modal <= MaxVerbWords && cues.Bridges.StartsAt(view, act) && !GrammarWords.BeForms.StartsAt(view, act)
                        && !GrammarWords.LinkingVerbs.StartsAt(view, act))
                    {
                        act++;
                    }

                    Targets(view, stated, output, known, act, ClauseSubject(view, verb + 2, modal));
                }
            }
            else if (IntendedOrIncitedAct(view, verb) is >= 0 and var intended)
            {
                Targets(view, stated, output, known, intended, -1);
            }
            else
            {
                continue;
            }

            Trigger trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, threatens);
            int before = output.Count;
            foreach (int target in targets)
            {
                subjectFinder.AddAgainst(view, verb, target, trigger, output, allowConjoined: true);
            }

            for (int k = before; k < output.Count; k++)
            {
                output[k] = output[k] with { Candidate = output[k].Candidate with { HedgedToTrigger = true } };
            }
        }
    }

    /// <summary>
    /// The targets of the act at <paramref name="act"/> into <see cref="targets"/>: an ATTACKS verb's objects as read by the
    /// token rules or the readers before this one, else as the object finder reads them; a copula and a participle or
    /// "targets" of ATTACKS after it give <paramref name="subject"/> (the clause's subject, -1 for none).
    /// </summary>
    private void Targets(SentenceView view, ReadOnlySpan<Claim> stated, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output, int known, int act, int subject)
    {
        if (act >= view.End)
        {
            return;
        }

        if (AttackVerb(view, act) is { } attack)
        {
            // A claim's offsets span its evidence (subject, trigger and object): the act's claim holds the act's word and its
            // trigger begins with it.
            int start = view.Token(act).Start;
            foreach (Claim claim in stated)
            {
                if (claim.Predicate == "ATTACKS" && claim.Start <= start && start < claim.End && claim.Trigger.StartsWith(view.Word(act), StringComparison.OrdinalIgnoreCase)
                    && view.MentionOf(claim.Object) is >= 0 and var m && !targets.Contains(m))
                {
                    targets.Add(m);
                }
            }

            for (int k = 0; k < known; k++)
            {
                var (candidate, trigger, at) = output[k];
                if (at == act && trigger.Predicate.Name == "ATTACKS" && !targets.Contains(candidate.Object))
                {
                    targets.Add(candidate.Object);
                }
            }

            if (targets.Count == 0)
            {
                PredicateDefinition predicate = attack.Predicate;
                objectFinder.Find(view, act + attack.Words.Length, predicate.Preps, predicate.Direct || attack.TakesDirectObject, objects, predicate.PossessorObject);
                foreach (Argument target in objects)
                {
                    targets.Add(target.Mention);
                }
            }

            return;
        }

        if (subject < 0 || (!GrammarWords.BeForms.StartsAt(view, act) && !GrammarWords.LinkingVerbs.StartsAt(view, act)))
        {
            return;
        }

        for (int i = act + 1; i < view.End && i - act <= MaxVerbWords && view.MentionIndexAt(i) < 0; i++)
        {
            if (AttackVerb(view, i) is not null && (view.Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || view.Is(i, "targets") || view.Is(i, "target")))
            {
                targets.Add(subject);
                return;
            }

            if (view.IsPunctuation(i) && !view.Is(i, "\""))
            {
                return;
            }
        }
    }

    /// <summary>
    /// The act of force a speech verb (claim_cues <c>speech_verbs</c>) at <paramref name="verb"/> says its subject will
    /// commit: bridges ("in March"), "that", a subject pronoun and "will" or "would" between ("The BLA … said in March it
    /// would target …"); or that a verb of inciting (<c>inciting</c>) calls on the subject's own people to commit: "its" or
    /// a possessive pronoun, one lower-case noun, bridges and "to" between ("called on its followers last year to attack
    /// Chinese nationals"). The first word of the act's ATTACKS verb, or -1.
    /// </summary>
    private int IntendedOrIncitedAct(SentenceView view, int verb)
    {
        int act;
        if (cues.SpeechVerbs.LongestAt(view, verb) is > 0 and var speech)
        {
            int pronoun = SkipBridges(view, verb + speech);
            pronoun += view.Is(pronoun, "that") ? 1 : 0;
            if (!GrammarWords.SubjectPronouns.StartsAt(view, pronoun) || !GrammarWords.IntentModals.StartsAt(view, pronoun + 1))
            {
                return -1;
            }

            act = SkipBridges(view, pronoun + 2);
        }
        else if (cues.Inciting.LongestAt(view, verb) is > 0 and var inciting)
        {
            int owner = verb + inciting;
            if (!(view.Is(owner, "its") || GrammarWords.PossessivePronouns.StartsAt(view, owner)) || !VerbShapes.IsLowerWord(view, owner + 1)
                || view.MentionIndexAt(owner + 1) >= 0)
            {
                return -1;
            }

            act = SkipBridges(view, owner + 2);
            if (!view.Is(act - 1, "to"))
            {
                return -1;
            }
        }
        else
        {
            return -1;
        }

        return act < view.End && AttackVerb(view, act) is not null ? act : -1;
    }

    /// <summary>
    /// The first word from <paramref name="from"/> on that is no bridge ("again", "continue to", "in March": each bridge
    /// phrase whole), at most <see cref="MaxVerbWords"/> words on; a form of "be" or a linking verb stops it, so a passive
    /// keeps its auxiliary.
    /// </summary>
    private int SkipBridges(SentenceView view, int from)
    {
        int i = from;
        while (i < view.End && i - from < MaxVerbWords && cues.Bridges.LongestAt(view, i) is > 0 and var bridge && !GrammarWords.BeForms.StartsAt(view, i)
            && !GrammarWords.LinkingVerbs.StartsAt(view, i))
        {
            i += bridge;
        }

        return i;
    }

    /// <summary>The ATTACKS verb trigger whose words begin at <paramref name="i"/>; null when none.</summary>
    private static Trigger? AttackVerb(SentenceView view, int i)
    {
        if (view.TriggersAt(i) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb && trigger.Predicate.Name == "ATTACKS" && view.WordsMatch(i, words))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>The modal of the clause opening at <paramref name="from"/>, within a few words and no punctuation but quotes; -1 when none.</summary>
    private static int Modal(SentenceView view, int from)
    {
        for (int i = from; i < view.End && i - from <= MaxSubjectWords; i++)
        {
            if (GrammarWords.Modals.StartsAt(view, i))
            {
                return i > from ? i : -1;
            }

            if (view.IsPunctuation(i) && !view.Is(i, "\""))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first mention in [<paramref name="from"/>, <paramref name="modal"/>), not a possessive; -1 when none.</summary>
    private static int ClauseSubject(SentenceView view, int from, int modal)
    {
        for (int i = from; i < modal; i++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                return view.IsPossessive(m) ? -1 : m;
            }
        }

        return -1;
    }
}
