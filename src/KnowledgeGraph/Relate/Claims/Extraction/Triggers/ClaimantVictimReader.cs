using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A claim of responsibility across the clause: in a sentence that reports an attack (an ATTACKS noun) and a country's
/// nationals killed or wounded, the group that claimed it attacks that country ("a bomb blast … killed two Chinese
/// engineers …, an attack the BLA also claimed", "14 Chinese nationals have been killed or wounded in attacks in
/// Pakistan, most of them claimed by the separatist Balochistan Liberation Army" → BLA ATTACKS China). The claimant is an
/// organisation or group named after "claimed by" (past "the" and up to two lower-case words; a body conjoined after it
/// by "and" claims too) or as the subject of "claimed" (past bridge words, not negated, not before "that"); the victims
/// are the countries of the nationals harmed (<see cref="IsHarmedNational"/>). Driven by "claimed", which few sentences
/// hold.
/// </summary>
internal static class ClaimantVictimReader
{
    private const int MaxByWords = 2;
    private const int MaxBridgeWords = 3;
    private const int MaxConjoinedGap = 6;
    private const int MaxVictimGap = 4;

    /// <summary>Adds to <paramref name="output"/> the claimant's ATTACKS claim on each victim's country.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, PredicateDefinition attacks, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.MayHave("claimed") || AttackNoun(view, attacks) is not (>= 0 and var noun))
        {
            return;
        }

        for (int i = view.First + 1; i < view.End; i++)
        {
            if (!view.Is(i, "claimed"))
            {
                continue;
            }

            var (claimant, conjoined) = view.Is(i + 1, "by") ? ClaimantsAfter(view, i + 2)
                : view.Is(i + 1, "that") ? (-1, -1) : (SubjectBefore(view, lexicon, i), -1);
            if (claimant < 0)
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, attacks);
            for (int m = 0; m < view.MentionCount; m++)
            {
                if (!IsHarmedNational(view, lexicon, m))
                {
                    continue;
                }

                Add(view, claimant, m, i, trigger, noun, output);
                if (conjoined >= 0)
                {
                    Add(view, conjoined, m, i, trigger, noun, output);
                }
            }
        }
    }

    /// <summary>Adds the claim that <paramref name="claimant"/> attacks the state of <paramref name="victim"/>, unless they are one entity.</summary>
    private static void Add(SentenceView view, int claimant, int victim, int claimed, Trigger trigger, int noun, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.Mention(claimant).Entity.Id != view.Mention(victim).Entity.Id)
        {
            output.Add((new ClaimCandidate(claimant, victim, 0.75f, claimed, claimed + 1, null), trigger, noun));
        }
    }

    /// <summary>The first word of an ATTACKS nominal trigger in the sentence; -1 when there is none.</summary>
    private static int AttackNoun(SentenceView view, PredicateDefinition attacks)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (ClaimedAttackReader.BeginsNounOf(view, i, attacks))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The organisation or group named from <paramref name="at"/> on (past "the" and up to two lower-case words), and one
    /// conjoined after it by "and" within a few words ("the BLA and its suicide unit, the Majeed Brigade"); -1 for each
    /// that is not there.
    /// </summary>
    private static (int First, int Conjoined) ClaimantsAfter(SentenceView view, int at)
    {
        at += view.Is(at, "the") ? 1 : 0;
        for (int n = 0; n < MaxByWords && view.MentionIndexAt(at) < 0 && at < view.End && view.Token(at).Is(TokenShape.AllLower); n++)
        {
            at++;
        }

        if (view.MentionIndexAt(at) is not (>= 0 and var first) || view.MentionFirst(first) != at || !IsClaimant(view, first))
        {
            return (-1, -1);
        }

        int next = view.AfterMention(first);
        if (!view.Is(next, "and"))
        {
            return (first, -1);
        }

        for (int m = first + 1; m < view.MentionCount && view.MentionFirst(m) - next <= MaxConjoinedGap; m++)
        {
            if (view.MentionFirst(m) > next && IsClaimant(view, m) && view.Mention(m).Entity.Id != view.Mention(first).Entity.Id)
            {
                return (first, m);
            }
        }

        return (first, -1);
    }

    /// <summary>
    /// The organisation or group that ends right before "claimed" at <paramref name="claimed"/>, past up to three bridge
    /// words ("an attack the BLA also claimed"); -1 when there is none or a negation stands between.
    /// </summary>
    private static int SubjectBefore(SentenceView view, PredicateLexicon lexicon, int claimed)
    {
        int k = claimed - 1;
        for (int n = 0; n < MaxBridgeWords && k > view.First && view.MentionIndexAt(k) < 0 && lexicon.Cues.Bridges.StartsAt(view, k); n++)
        {
            if (lexicon.Cues.Negations.StartsAt(view, k))
            {
                return -1;
            }

            k--;
        }

        int subject = SubjectFinder.EndingAt(view, k);
        return subject >= 0 && IsClaimant(view, subject) ? subject : -1;
    }

    /// <summary>True when mention <paramref name="m"/> names an organisation or a group, not by a demonym.</summary>
    private static bool IsClaimant(SentenceView view, int m) =>
        view.Mention(m).Kind != MentionKind.Demonym && view.Mention(m).Entity.Type is EntityType.Organisation or EntityType.Group;

    /// <summary>
    /// True when mention <paramref name="m"/> is a country's demonym before an actor noun ("Chinese engineers") within a
    /// few words after a word of harm (claim_cues <c>harm_words</c>: "killed two Chinese engineers") or before one
    /// ("Chinese nationals have been killed"). Armed or security units (<c>presence_units</c>: "Pakistani soldiers", "an
    /// Afghan guard") are the escort, not the victims an attack was aimed at.
    /// </summary>
    internal static bool IsHarmedNational(SentenceView view, PredicateLexicon lexicon, int m)
    {
        if (view.Mention(m).Kind != MentionKind.Demonym || view.Mention(m).Entity.Type != EntityType.Country)
        {
            return false;
        }

        int after = view.AfterMention(m);
        if (!lexicon.Cues.Actors.StartsAt(view, after) || lexicon.Cues.PresenceUnits.StartsAt(view, after) || lexicon.Cues.PresenceUnits.StartsAt(view, after + 1))
        {
            return false;
        }

        int first = view.MentionFirst(m);
        for (int j = Math.Max(view.First, first - MaxVictimGap); j < Math.Min(view.End, first + MaxVictimGap + 2); j++)
        {
            if (lexicon.Cues.HarmWords.StartsAt(view, j))
            {
                return true;
            }
        }

        return false;
    }
}
