using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A party's failings in the words a speaker voices: a noun of claim_cues <c>failings</c> that a party owns (its possessive,
/// "Pakistan's security failures"; a possessive pronoun standing for the nearest name before it, "Islamabad should address
/// its own security failures"; its demonym), at most two lower-case modifiers between, after a verb of claim_cues
/// <c>voicing_verbs</c> → the verb's subject CRITICIZES the party ("Mujahid rejected the accusation as \"baseless\", saying
/// Pakistan should \"look at its own security failures\""). A party's failings told as the writer's own narrative (no
/// voicing verb before them) are no one's criticism. One instance per reader; not thread-safe.
/// </summary>
internal sealed class VoicedFailingReader
{
    private const int MaxModifiers = 2;
    private const int MaxPronounReach = 8;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? criticizes;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> speakers = [];

    /// <summary>A reader over <paramref name="lexicon"/>'s failing and voicing cues, finding the speaker through <paramref name="subjectFinder"/>.</summary>
    public VoicedFailingReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        criticizes = lexicon.Find("CRITICIZES");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The nouns of failings: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => cues.Failings.FirstWords;

    /// <summary>Appends a candidate for each speaker who voices a named party's failings in the loaded sentence.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (criticizes is null || cues.VoicingVerbs.Count == 0)
        {
            return;
        }

        for (int noun = view.First + 1; noun < view.End; noun++)
        {
            if (cues.Failings.LongestAt(view, noun) != 1 || view.MentionIndexAt(noun) >= 0 || Owner(view, noun) is not (>= 0 and var owner)
                || VoicingVerb(view, view.MentionFirst(owner)) is not (>= 0 and var verb))
            {
                continue;
            }

            subjectFinder.Find(view, verb, speakers, out int bridge, allowConjoined: true);
            if (speakers.Count == 0 && (view.Is(verb - 1, ",") || view.Is(verb - 1, "and")) && OpeningSubject(view) is >= 0 and var opening)
            {
                // "Mujahid rejected the accusation as \"baseless\", saying …", "The Taliban government denies harbouring the
                // group and says …": a participle or a verb conjoined after the first clause is the opening subject's.
                speakers.Add(new Argument(opening, 0.85f));
                bridge = verb;
            }

            Trigger trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, criticizes);
            foreach (Argument speaker in speakers)
            {
                if (view.Mention(speaker.Mention).Entity.Id == view.Mention(owner).Entity.Id)
                {
                    continue;
                }

                // Only a negation right before the voicing verb ("did not say") negates; the words voiced, and a verb the
                // speaker's clause conjoins before it ("denies harbouring the group and says"), do not.
                var candidate = new ClaimCandidate(speaker.Mention, owner, 0.8f * speaker.Weight, Math.Max(bridge, verb - 2), verb, null) { HedgedToTrigger = true };
                output.Add((candidate, trigger, verb));
            }
        }
    }

    /// <summary>
    /// The party that owns the failings noun at <paramref name="noun"/>: the possessive name, the demonym or the name a
    /// possessive pronoun stands for right before it, past up to <see cref="MaxModifiers"/> lower-case words; -1 when none.
    /// </summary>
    private static int Owner(SentenceView view, int noun)
    {
        for (int start = noun; start >= noun - MaxModifiers && start > view.First; start--)
        {
            if (start < noun && (!VerbShapes.IsLowerWord(view, start) || view.MentionIndexAt(start) >= 0 || view.IsPossessivePronounWord(start)))
            {
                return -1;
            }

            // The possessive ending may be a token of its own ("Pakistan 's").
            int possessor = view.MentionIndexAt(start - 1) is >= 0 and var at ? at : view.MentionIndexAt(start - 2);
            if (possessor >= 0 && view.IsPossessive(possessor) && view.AfterMention(possessor) == start && !view.IsPossessivePronoun(possessor))
            {
                return possessor;
            }

            int before = view.MentionIndexAt(start - 1);
            if (before >= 0 && view.Mention(before).Kind == MentionKind.Demonym && view.MentionLast(before) == start - 1)
            {
                return before;
            }

            if (view.IsPossessivePronounWord(start - 1))
            {
                return NameBefore(view, start - 1);
            }
        }

        return -1;
    }

    /// <summary>The nearest name (no demonym, no pronoun) within <see cref="MaxPronounReach"/> tokens before <paramref name="pronoun"/>; -1 when none.</summary>
    private static int NameBefore(SentenceView view, int pronoun)
    {
        for (int i = pronoun - 1; i >= view.First && pronoun - i <= MaxPronounReach; i--)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessivePronoun(m)
                && !view.IsPossessive(m))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>The name that opens the sentence (after "the" at most) when a lower-case word follows it; -1 otherwise.</summary>
    private static int OpeningSubject(SentenceView view) =>
        SubjectFinder.OpeningName(view) is 0 && VerbShapes.IsLowerWord(view, view.AfterMention(0)) ? 0 : -1;

    /// <summary>The nearest voicing verb (no name) before token <paramref name="before"/>; -1 when none.</summary>
    private int VoicingVerb(SentenceView view, int before)
    {
        for (int i = before - 1; i >= view.First; i--)
        {
            if (view.MentionIndexAt(i) < 0 && cues.VoicingVerbs.LongestAt(view, i) == 1)
            {
                return i;
            }
        }

        return -1;
    }
}
