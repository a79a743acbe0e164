using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// An act held back until another party acts, the condition form of a demand: a clause with "will" or "would", or an act
/// asked of another ("urged the committee to keep the bans in place"), then a word of claim_cues <c>awaiting</c> ("until"),
/// a party (names coordinated with it; a demonym or possessive with an actor noun, claim_cues <c>actors</c>) and its active
/// verb → the asker, or the subject of the last verb of speech before the clause, or with none the clause's own subject,
/// DEMANDS_FROM the party ("Ishaq Dar said on Thursday that the crossings would stay closed until Kabul acted against the
/// group", "urged the committee to keep the bans in place until the Taliban \"take verifiable action\""). A passive or a
/// perfect after the party ("until the review was complete"), a story told without "will" or "would" ("shut crossings for
/// weeks, until Qatar and Turkey mediated a ceasefire"), an act asked of no one ("would continue to target … until Beijing
/// withdrew its workers") and a clause break between the held act and "until" ask no one. One instance per reader; not
/// thread-safe.
/// </summary>
internal sealed class AwaitedActReader
{
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? demands;
    private readonly SubjectFinder subjectFinder;
    private readonly List<int> parties = [];

    public AwaitedActReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        demands = lexicon.Find("DEMANDS_FROM");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The words of awaiting: every claim this reader finds is read after one, so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => cues.Awaiting.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (demands is null)
        {
            return;
        }

        for (int until = view.First + 1; until + 2 < view.End; until++)
        {
            if (cues.Awaiting.LongestAt(view, until) != 1 || !ActingParties(view, until + 1) || HeldAct(view, until) is not (>= 0 and var held))
            {
                continue;
            }

            // "urged the committee to keep the bans in place until the Taliban …": an act asked of another is held back by the
            // one who asks it; a "will" or "would" by the speaker, else by the clause's subject.
            int asker = view.Is(held, "to") ? RequestBefore(view, held) : SpeechVerbBefore(view, held) is >= 0 and var speech ? speech : held;
            if (asker < 0)
            {
                continue;
            }

            Trigger trigger = Trigger.OfWord(view, until, TriggerKind.Verb, demands);
            foreach (int party in parties)
            {
                subjectFinder.AddAgainst(view, asker, party, trigger, output, allowConjoined: true);
            }
        }
    }

    /// <summary>
    /// True when parties named from <paramref name="i"/> (past "the") fill <see cref="parties"/> and a lower-case verb that
    /// is no modal, form of "be" or "have" follows them (past an opening quotation mark).
    /// </summary>
    private bool ActingParties(SentenceView view, int i)
    {
        i += view.Is(i, "the") ? 1 : 0;
        if (CoordinatedParties.Read(view, cues, i, parties, capitals: true) is not (>= 0 and var end) || parties.Count == 0)
        {
            return false;
        }

        end += view.Is(end, "\"") ? 1 : 0;
        return VerbShapes.IsLowerWord(view, end) && !GrammarWords.Modals.StartsAt(view, end) && !GrammarWords.BeForms.StartsAt(view, end)
            && !GrammarWords.HaveForms.StartsAt(view, end);
    }

    /// <summary>
    /// The "will" or "would" of the clause that ends at <paramref name="until"/>, or the "to" of an infinitive there, with no
    /// clause break after it; -1 when none.
    /// </summary>
    private static int HeldAct(SentenceView view, int until)
    {
        for (int k = until - 1; k >= view.First && !GrammarWords.ClauseBreaks.StartsAt(view, k); k--)
        {
            if (GrammarWords.IntentModals.StartsAt(view, k) || view.Is(k, "to") && VerbShapes.IsLowerWord(view, k + 1))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The verb of a DEMANDS_FROM trigger (a demand or request) before the "to" at <paramref name="to"/> in its clause; -1 when none.</summary>
    private int RequestBefore(SentenceView view, int to)
    {
        for (int k = to - 1; k >= view.First && !GrammarWords.ClauseBreaks.StartsAt(view, k); k--)
        {
            foreach (var (_, found) in view.TriggersAt(k) ?? [])
            {
                if (found.Kind == TriggerKind.Verb && found.Predicate == demands)
                {
                    return k;
                }
            }
        }

        return -1;
    }

    /// <summary>The last verb of speech before <paramref name="modal"/>, with no clause break between; -1 when none.</summary>
    private int SpeechVerbBefore(SentenceView view, int modal)
    {
        for (int k = modal - 1; k >= view.First && !GrammarWords.ClauseBreaks.StartsAt(view, k); k--)
        {
            if (cues.SpeechVerbs.LongestAt(view, k) == 1)
            {
                return k;
            }
        }

        return -1;
    }
}
