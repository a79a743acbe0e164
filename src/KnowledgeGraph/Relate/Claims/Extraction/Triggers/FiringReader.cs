using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Projectiles fired at a party: a verb of claim_cues <c>firing_verbs</c>, up to four words holding a noun of
/// <c>projectiles</c>, then "at", "into" or "on" (an article at most) and the party → the verb's subject ATTACKS the
/// party ("The Taliban fired rockets at Pakistani positions", "it fired military-grade lasers at U.S. planes", "HAMAS
/// launched rockets into Israel"). Driven by the target's mention, so a sentence without a name after such a
/// preposition costs one look per mention. One instance per reader; not thread-safe.
/// </summary>
internal sealed class FiringReader
{
    private const int MaxWords = 4;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? attacks;
    private readonly SubjectFinder subjectFinder;

    public FiringReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        attacks = lexicon.Find("ATTACKS");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// The first words of the verbs of firing (after a projectile): every claim this reader finds is read from one, so a sentence with none of these words
    /// gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.FiringVerbs.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // Driven by "at", "into" or "on" before a name (IsPrep).
        if (attacks is null || !view.MayHave("at") && !view.MayHave("into") && !view.MayHave("on"))
        {
            return;
        }

        for (int target = 1; target < view.MentionCount; target++)
        {
            int prep = view.MentionFirst(target) - 1;
            if (!IsPrep(view, prep))
            {
                prep--;
                if (!IsPrep(view, prep) || !GrammarWords.Articles.StartsAt(view, prep + 1))
                {
                    continue;
                }
            }

            if (prep <= view.First || view.IsPossessive(target) || Verb(view, prep - 1) is not (>= 0 and var verb))
            {
                continue;
            }

            subjectFinder.AddAgainst(view, verb, target, Trigger.OfWord(view, verb, TriggerKind.Verb, attacks), output);
        }
    }

    /// <summary>"at", "into" or "on" at <paramref name="i"/>.</summary>
    private static bool IsPrep(SentenceView view, int i) => view.Is(i, "at") || view.Is(i, "into") || view.Is(i, "on");

    /// <summary>The firing verb before a projectile that ends at <paramref name="last"/> (modifiers and a number between); -1 when none.</summary>
    private int Verb(SentenceView view, int last)
    {
        bool projectile = false;
        for (int i = last; i >= view.First && last - i <= MaxWords; i--)
        {
            if (view.MentionIndexAt(i) >= 0 || (view.IsPunctuation(i) && !view.Is(i, "-")))
            {
                return -1;
            }

            if (projectile && cues.FiringVerbs.StartsAt(view, i))
            {
                return i;
            }

            projectile |= cues.Projectiles.StartsAt(view, i);
        }

        return -1;
    }
}
