using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A charge rebutted in apposition to the clause that makes it: "Pakistan accuses the Taliban of sheltering the TTP, a
/// charge Kabul denies", "… said it had been planned in Afghanistan, an accusation the Taliban rejected". After a comma,
/// "a" or "an", one of the accusation nouns of the predicate that has them (<see cref="PredicateDefinition.Accusations"/>:
/// charge, accusation, allegation …), a name and a rebuttal verb (claim_cues <c>rebuttals</c>, up to two bridges or
/// adverbs before it), the name states that predicate back to the accuser: the subject of the sentence's last such claim
/// before the comma, else the name that opens the sentence as its subject.
/// </summary>
internal static class RebuttedChargeReader
{
    private const int MaxBeforeVerb = 2;

    /// <summary>
    /// The first words of the verbs of rebutting (claim_cues <c>rebuttals</c>): every claim this reader finds has its
    /// denier rebut the charge with one, so a sentence with none of these words gives none.
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.Rebuttals.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // Driven by ", a" or ", an" before the charge.
        if (!view.MayHave(",") || !view.MayHave("a") && !view.MayHave("an") || Accusing(lexicon) is not { } accusing)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int noun = view.First + 2; noun + 2 < view.End; noun++)
        {
            int comma = noun - 2;
            if (!view.Is(comma, ",") || !(view.Is(noun - 1, "a") || view.Is(noun - 1, "an")) || !IsAccusation(view, accusing, noun))
            {
                continue;
            }

            int at = noun + (view.Is(noun + 1, "the") ? 2 : 1);
            if (view.MentionIndexAt(at) is not (>= 0 and var denier) || view.MentionFirst(denier) != at || view.IsPossessive(denier))
            {
                continue;
            }

            int verb = view.AfterMention(denier);
            for (int n = 0; n < MaxBeforeVerb && verb < view.End && view.MentionIndexAt(verb) < 0 && !cues.Rebuttals.StartsAt(view, verb)
                && (cues.Bridges.LongestAt(view, verb) == 1 || VerbShapes.EndsInLy(view, verb)); n++)
            {
                verb++;
            }

            if (!cues.Rebuttals.StartsAt(view, verb))
            {
                continue;
            }

            int accuser = Accuser(view, claims, first, accusing, comma);
            if (accuser >= 0 && view.Mention(accuser).Entity.Id != view.Mention(denier).Entity.Id)
            {
                var trigger = new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, accusing, null);
                output.Add((new ClaimCandidate(denier, accuser, 0.85f, verb, verb, null), trigger, verb));
            }
        }
    }

    /// <summary>The predicate whose accusation nouns the lexicon lists (CRITICIZES), or null.</summary>
    private static PredicateDefinition? Accusing(PredicateLexicon lexicon)
    {
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (predicate.Accusations.Count > 0)
            {
                return predicate;
            }
        }

        return null;
    }

    private static bool IsAccusation(SentenceView view, PredicateDefinition accusing, int i)
    {
        foreach (string noun in accusing.Accusations)
        {
            if (view.Is(i, noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The mention of the subject of the sentence's last claim of <paramref name="accusing"/> (not negated) named before
    /// <paramref name="comma"/>; else the name opening the sentence (after "the" at most) when a lower-case word follows
    /// it; -1 when neither.
    /// </summary>
    private static int Accuser(SentenceView view, IReadOnlyList<Claim> claims, int first, PredicateDefinition accusing, int comma)
    {
        for (int c = claims.Count - 1; c >= first; c--)
        {
            if (claims[c].Predicate == accusing.Name && !claims[c].Negated && view.MentionOf(claims[c].Subject) is >= 0 and var m && view.MentionFirst(m) < comma)
            {
                return m;
            }
        }

        return SubjectFinder.OpeningName(view) == 0 && VerbShapes.IsLowerWord(view, view.AfterMention(0)) ? 0 : -1;
    }
}
