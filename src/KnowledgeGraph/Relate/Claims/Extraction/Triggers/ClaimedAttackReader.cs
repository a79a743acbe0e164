using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Victims of an attack its claimant is named for: "Chinese engineers … were killed in a suicide bombing claimed by the
/// TTP" → TTP ATTACKS China. The attack is the first word of an ATTACKS nominal trigger right before "claimed by" (past
/// a comma), after "killed", "wounded" or "injured" and "in" (an article and up to three lower-case words between); the
/// claimant is the name after "by"; the victims are the countries of the demonyms before an actor noun ("Chinese
/// engineers", `actors`) earlier in the clause. Driven by "claimed by", which few sentences hold. The active and
/// fronted forms ("the group claimed a suicide bombing that killed three Chinese engineers") are read too.
/// </summary>
internal static class ClaimedAttackReader
{
    private const int MaxWords = 3;
    private static readonly string[] Harmed = ["killed", "wounded", "injured", "hurt"];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("ATTACKS") is not { } attacks)
        {
            return;
        }

        ReadClaimedHarm(view, lexicon, attacks, output);
        ClaimantVictimReader.Read(view, lexicon, attacks, output);
        // Both other readings are driven by "by"; the second by "claimed by".
        if (!view.MayHave("by"))
        {
            return;
        }

        ReadCarriedOut(view, lexicon, attacks, output);
        if (!view.MayHave("claimed"))
        {
            return;
        }

        for (int i = view.First + 1; i + 2 < view.End; i++)
        {
            if (!view.Is(i, "claimed") || !view.Is(i + 1, "by") || NounReader.Agent(view, i + 2) is not (>= 0 and var claimant)
                || view.Mention(claimant).Entity.Type is not (EntityType.Organisation or EntityType.Group))
            {
                continue;
            }

            int noun = view.Is(i - 1, ",") ? i - 2 : i - 1;
            if (TargetBefore(view, lexicon, attacks, i, claimant) is (>= 0 and var targetNoun, var target))
            {
                // "attacks on Chinese workers claimed by the Balochistan Liberation Army", "the attack on Crocus City Hall,
                // which was claimed by …": the attack noun's own target.
                output.Add((new ClaimCandidate(claimant, target, 0.8f, targetNoun, i, null), Trigger.OfWord(view, targetNoun, TriggerKind.Noun, attacks, view.Word(targetNoun + 1).ToString()), targetNoun));
                continue;
            }

            if (!BeginsNounOf(view, noun, attacks) || HarmedAt(view, noun) is not (>= 0 and var harmed))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, attacks);
            for (int m = 0; m < view.MentionCount && view.MentionFirst(m) < harmed; m++)
            {
                if (view.Mention(m).Kind == MentionKind.Demonym && view.Mention(m).Entity.Type == EntityType.Country
                    && lexicon.Cues.Actors.StartsAt(view, view.AfterMention(m)))
                {
                    output.Add((new ClaimCandidate(claimant, m, 0.8f, harmed, i, null), trigger, noun));
                }
            }
        }
    }

    /// <summary>
    /// "The attack on Chinese engineers in Dasu was carried out by the TTP": "was" or "were", a participle of claim_cues
    /// <c>attack_agents</c> and "by" name the attacker of the ATTACKS noun that opens the clause (after "the" at most) and
    /// of the party right after its preposition. Driven by the names after "by".
    /// </summary>
    private static void ReadCarriedOut(SentenceView view, PredicateLexicon lexicon, PredicateDefinition attacks, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        const int MaxParticiple = 2;
        // From each name after "by" (or "by the"), not each token.
        for (int named = 1; named < view.MentionCount; named++)
        {
            int by = view.MentionFirst(named) - 1;
            by -= view.Is(by, "the") ? 1 : 0;
            if (by < view.First + 3 || !view.Is(by, "by") || lexicon.Cues.AttackAgents.StartEndingAt(view, by - 1, MaxParticiple) is not (>= 0 and var participle)
                || !(view.Is(participle - 1, "was") || view.Is(participle - 1, "were")) || NounReader.Agent(view, by + 1) is not (>= 0 and var attacker))
            {
                continue;
            }

            int noun = view.Is(view.First, "the") ? view.First + 1 : view.First;
            int prep = noun + 1;
            if (!BeginsNounOf(view, noun, attacks) || !(view.Is(prep, "on") || view.Is(prep, "against")))
            {
                continue;
            }

            int at = view.Is(prep + 1, "the") ? prep + 2 : prep + 1;
            if (view.MentionIndexAt(at) is >= 0 and var target && view.MentionFirst(target) == at && target != attacker && at < participle)
            {
                var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, attacks, view.Word(prep).ToString());
                output.Add((new ClaimCandidate(attacker, target, 0.8f, participle - 1, by, null), trigger, noun));
            }
        }
    }

    private const int MaxTargetWords = 6;

    /// <summary>
    /// The attack noun and its target right before "claimed" at <paramref name="claimed"/> (past a comma and "which was" or
    /// "that was"): an ATTACKS noun, "on" or "against" (and "the"), and a name, or a country's demonym before an actor noun,
    /// within <see cref="MaxTargetWords"/> tokens before; (-1, -1) when there is none.
    /// </summary>
    private static (int Noun, int Target) TargetBefore(SentenceView view, PredicateLexicon lexicon, PredicateDefinition attacks, int claimed, int claimant)
    {
        int j = claimed - 1;
        j -= view.Is(j, "was") || view.Is(j, "were") ? 1 : 0;
        j -= j < claimed - 1 && (view.Is(j, "which") || view.Is(j, "that")) ? 1 : 0;
        j -= view.Is(j, ",") ? 1 : 0;
        // "Attacks on Tajikistan, the government said, claimed by the ISKP": another clause between names no attacker.
        for (int k = j; k > view.First && j - k <= MaxTargetWords && !view.IsPunctuation(k); k--)
        {
            if (!(view.Is(k, "on") || view.Is(k, "against")) || !BeginsNounOf(view, k - 1, attacks))
            {
                continue;
            }

            int at = view.Is(k + 1, "the") ? k + 2 : k + 1;
            if (view.MentionIndexAt(at) is not (>= 0 and var target) || view.MentionFirst(target) != at || target == claimant)
            {
                return (-1, -1);
            }

            Mention mention = view.Mention(target);
            bool actors = mention.Kind == MentionKind.Demonym && mention.Entity.Type == EntityType.Country && lexicon.Cues.Actors.StartsAt(view, view.AfterMention(target));
            return actors || mention.Kind != MentionKind.Demonym && mention.Entity.Type is not EntityType.Person ? (k - 1, target) : (-1, -1);
        }

        return (-1, -1);
    }

    private const int MaxVictimGap = 4;

    /// <summary>
    /// An attack its claimant is named for, and the victims it harmed: "the group claimed a suicide bombing that killed
    /// three Chinese engineers", "the BLA claimed responsibility for the bombing, which killed two Chinese nationals", "a
    /// bombing claimed by the BLA killed two Chinese engineers" → the claimant ATTACKS the countries of the demonyms
    /// before an actor noun (`actors`) a few words after "killed", "wounded" or "injured". The claimant is the subject of
    /// words of claiming or carrying out (<c>responsibility_claims</c>, <c>attack_agents</c>) before the attack noun (an
    /// article and up to three lower-case words between), or the body after "claimed by" right before the harm. Driven
    /// by the words of harm.
    /// </summary>
    private static void ReadClaimedHarm(SentenceView view, PredicateLexicon lexicon, PredicateDefinition attacks, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!(view.MayHave("killed") || view.MayHave("wounded") || view.MayHave("injured")))
        {
            return;
        }

        for (int harmed = view.First + 2; harmed < view.End - 1; harmed++)
        {
            if (!view.IsAny(harmed, Harmed))
            {
                continue;
            }

            int noun = -1;
            int claimant = -1;
            int claimWord = -1;
            if (view.MentionIndexAt(harmed - 1) is >= 0 and var named && view.MentionFirst(named) > view.First)
            {
                // "a bombing claimed by the BLA killed …"
                int by = view.MentionFirst(named) - 1;
                by -= view.Is(by, "the") ? 1 : 0;
                if (view.Is(by, "by") && view.Is(by - 1, "claimed"))
                {
                    claimant = named;
                    claimWord = by - 1;
                    noun = view.Is(claimWord - 1, ",") ? claimWord - 2 : claimWord - 1;
                }
            }
            else
            {
                // "… claimed a suicide bombing that killed …", "… the bombing, which killed …"
                noun = harmed - 1;
                noun -= view.Is(noun, "that") || view.Is(noun, "which") ? 1 : 0;
                noun -= view.Is(noun, ",") ? 1 : 0;
                claimant = ClaimantBefore(view, lexicon, noun, out claimWord);
            }

            if (claimant < 0 || view.Mention(claimant).Entity.Type is not (EntityType.Organisation or EntityType.Group) || !BeginsNounOf(view, noun, attacks))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, attacks);
            for (int m = 0; m < view.MentionCount; m++)
            {
                int first = view.MentionFirst(m);
                if (first > harmed && first - harmed <= MaxVictimGap && view.Mention(m).Kind == MentionKind.Demonym
                    && view.Mention(m).Entity.Type == EntityType.Country && lexicon.Cues.Actors.StartsAt(view, view.AfterMention(m)))
                {
                    output.Add((new ClaimCandidate(claimant, m, 0.8f, claimWord, harmed, null), trigger, noun));
                }
            }
        }
    }

    /// <summary>
    /// The subject of words of claiming or carrying out (claim_cues <c>responsibility_claims</c>, <c>attack_agents</c>)
    /// that end before the attack noun at <paramref name="noun"/>, past an article and up to three lower-case words; -1
    /// when there is none.
    /// </summary>
    private static int ClaimantBefore(SentenceView view, PredicateLexicon lexicon, int noun, out int claimWord)
    {
        int j = noun - 1;
        for (int n = 0; n < MaxWords && j > view.First && view.MentionIndexAt(j) < 0 && view.Token(j).Is(TokenShape.AllLower)
            && ClaimWordEndingAt(view, lexicon, j) < 0; n++)
        {
            j--;
        }

        claimWord = ClaimWordEndingAt(view, lexicon, j);
        if (claimWord < 0)
        {
            return -1;
        }

        int k = claimWord - 1;
        for (int n = 0; n < MaxWords && k >= view.First && view.MentionIndexAt(k) < 0 && lexicon.Cues.Bridges.StartsAt(view, k); n++)
        {
            k--;
        }

        return SubjectFinder.EndingAt(view, k);
    }

    /// <summary>Where words of claiming or of carrying out an attack (<c>attack_agents</c>) ending at <paramref name="j"/> start, or -1.</summary>
    private static int ClaimWordEndingAt(SentenceView view, PredicateLexicon lexicon, int j)
    {
        const int MaxClaimWords = 4;
        int start = lexicon.Cues.ResponsibilityClaims.StartEndingAt(view, j, MaxClaimWords);
        return start >= 0 ? start : lexicon.Cues.AttackAgents.StartEndingAt(view, j, MaxClaimWords);
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> begins a nominal trigger of <paramref name="predicate"/> (ATTACKS: "attack
    /// on", "bombings at"), by the trigger index.
    /// </summary>
    internal static bool BeginsNounOf(SentenceView view, int i, PredicateDefinition predicate)
    {
        foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(i)))
        {
            if (trigger.Kind == TriggerKind.Noun && trigger.Predicate == predicate && view.Is(i, words[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "killed" (or like word) before "in", an article and at most three lower-case words before the noun; -1 when none.</summary>
    private static int HarmedAt(SentenceView view, int noun)
    {
        int j = noun - 1;
        for (int n = 0; n < MaxWords && j > view.First && view.MentionIndexAt(j) < 0 && view.Token(j).Is(TokenShape.AllLower) && !view.Is(j, "in"); n++)
        {
            j--;
        }

        if (GrammarWords.Articles.StartsAt(view, j) && view.Is(j - 1, "in"))
        {
            j--;
        }

        return view.Is(j, "in") && view.IsAny(j - 1, Harmed) ? j - 1 : -1;
    }
}
