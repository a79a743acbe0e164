using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A demand named by its maker and answered by the party asked: a noun of claim_cues <c>demand_nouns</c> that a party's
/// possessive, demonym or name marks (or that "from", "by" or "of" and the party follow), after a verb of claim_cues
/// <c>demand_answers</c> and at most a few lower-case words → the maker DEMANDS_FROM the verb's subject ("Dushanbe has also
/// rejected repeated Taliban demands to hand over the Afghan embassy", "Islamabad, which had long resisted Chinese requests
/// to deploy their own guards", "Islamabad committed to an IMF demand that …"); after "at", the maker DEMANDS_FROM the
/// subject of the clause the phrase ends ("the movement had relocated some of the group's fighters … at China's request").
/// Refusing a demand does not unsay it, so no negation applies; economic "demand for" is no demand of a party. One instance
/// per reader; not thread-safe.
/// </summary>
internal sealed class AnsweredDemandReader
{
    private const int MaxAnswerWords = 4;
    private const int MaxFillers = 3;
    private const int MaxClauseWalk = 15;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? demands;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> asked = [];

    /// <summary>A reader over <paramref name="lexicon"/>'s demand words and cues, finding the answering party through <paramref name="subjectFinder"/>.</summary>
    public AnsweredDemandReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        demands = lexicon.Find("DEMANDS_FROM");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The nouns of demands: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => cues.DemandNouns.FirstWords;

    /// <summary>Appends a candidate for each party asked by a demand it answers, or at whose maker's request it acts.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (demands is null || cues.DemandAnswers.Count == 0)
        {
            return;
        }

        for (int noun = view.First + 1; noun < view.End; noun++)
        {
            if (cues.DemandNouns.LongestAt(view, noun) != 1 || view.MentionIndexAt(noun) >= 0
                || view.Is(noun, "demand") && view.Is(noun + 1, "for") || Maker(view, noun, out int phraseStart) is not (>= 0 and var maker))
            {
                continue;
            }

            int verb = Answer(view, phraseStart, out bool atRequest);
            if (verb < 0)
            {
                continue;
            }

            if (atRequest)
            {
                ClauseSubject(view, verb);
            }
            else
            {
                subjectFinder.Find(view, verb, asked, out _, allowConjoined: true);
            }

            Trigger trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, demands);
            foreach (Argument party in asked)
            {
                if (view.Mention(party.Mention).Entity.Id != view.Mention(maker).Entity.Id)
                {
                    var candidate = new ClaimCandidate(maker, party.Mention, 0.8f * party.Weight, noun, noun, null) { Negated = false, HedgedToTrigger = true };
                    output.Add((candidate, trigger, noun));
                }
            }
        }
    }

    /// <summary>
    /// The party that makes the demand at <paramref name="noun"/>: a possessive, demonym or name right before it, else the
    /// name after "from", "by" or "of" (and "the") right after it; <paramref name="phraseStart"/> receives the first token
    /// of the maker before the noun, or the noun itself. -1 when none.
    /// </summary>
    private static int Maker(SentenceView view, int noun, out int phraseStart)
    {
        phraseStart = noun;
        int before = view.MentionIndexAt(noun - 1);
        if (before < 0 && view.Is(noun - 1, "'s"))
        {
            before = view.MentionIndexAt(noun - 2);
        }

        if (before >= 0 && view.AfterMention(before) == noun && !view.IsPossessivePronoun(before))
        {
            phraseStart = view.MentionFirst(before);
            return before;
        }

        int after = noun + 1;
        if (!(view.Is(after, "from") || view.Is(after, "by") || view.Is(after, "of")))
        {
            return -1;
        }

        after += view.Is(after + 1, "the") ? 2 : 1;
        return view.MentionIndexAt(after) is >= 0 and var m && view.MentionFirst(m) == after ? m : -1;
    }

    /// <summary>
    /// The first token of the verb of answering that ends before <paramref name="phraseStart"/>, past an article and a few
    /// lower-case words, or the "at" there (<paramref name="atRequest"/>); -1 when neither stands there.
    /// </summary>
    private int Answer(SentenceView view, int phraseStart, out bool atRequest)
    {
        atRequest = false;
        for (int k = phraseStart - 1; k >= view.First && phraseStart - k <= MaxFillers + 1; k--)
        {
            if (cues.DemandAnswers.StartEndingAt(view, k, MaxAnswerWords) is >= 0 and var verb)
            {
                return verb;
            }

            if (view.Is(k, "at"))
            {
                atRequest = true;
                return k;
            }

            if (!VerbShapes.IsLowerWord(view, k) || view.MentionIndexAt(k) >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subjects, into <see cref="asked"/>, of the nearest past verb (a lower-case word in -ed with a subject) before
    /// the "at" at <paramref name="at"/>, names between passed over.
    /// </summary>
    private void ClauseSubject(SentenceView view, int at)
    {
        asked.Clear();
        for (int j = at - 1; j > view.First && at - j <= MaxClauseWalk; j--)
        {
            if (view.IsPunctuation(j) && !view.Is(j, "'s"))
            {
                return;
            }

            if (view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j) && view.Word(j).EndsWith("ed", StringComparison.Ordinal))
            {
                subjectFinder.Find(view, j, asked, out _, allowConjoined: true);
                if (asked.Count > 0)
                {
                    return;
                }
            }
        }
    }
}
