using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.FollowUps;

/// <summary>
/// "China has not formally recognised the Taliban government, although Russia did so in July 2025": a pro-verb of
/// claim_cues <c>pro_verbs</c> ("did so", "to do so") stands for the last act stated before it, in its own sentence or,
/// when that states none, in the sentence read before ("India has not formally recognised the Taliban government. Russia
/// became the first country to do so"). The pro-verb's subject holds the act's predicate towards the act's object, negated
/// or hedged only by its own clause. An act is a claim of a class other than structural; the last is the one whose
/// evidence ends last before the pro-verb. Stateless.
/// </summary>
internal static class ProVerbReader
{
    /// <summary>Adds a candidate, with the act's object, for each subject of each pro-verb of the loaded sentence.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, SubjectFinder subjects, List<Argument> found, IReadOnlyList<Claim> claims, int first,
        Claim? earlier, List<(ClaimCandidate Candidate, Trigger Trigger, int Start, Entity Object)> output)
    {
        if (!view.MayHave("so"))
        {
            return;
        }

        for (int i = view.First + 1; i < view.End; i++)
        {
            if (lexicon.Cues.ProVerbs.LongestAt(view, i) is not (> 0 and var length) || view.MentionIndexAt(i) >= 0
                || (LastAct(view, claims, first, i) ?? earlier) is not { } act || lexicon.Find(act.Predicate) is not { } predicate)
            {
                continue;
            }

            subjects.Find(view, i, found, out _, allowComma: true);
            var trigger = new Trigger([.. Words(view, i, length)], TriggerKind.Verb, predicate, null);
            foreach (Argument subject in found)
            {
                Entity doer = view.Mention(subject.Mention).Entity;
                if (doer.Id == act.Subject.Id || doer.Id == act.Object.Id)
                {
                    continue;
                }

                int named = view.MentionOf(act.Object);
                output.Add((new ClaimCandidate(subject.Mention, named >= 0 ? named : subject.Mention, 0.8f, i, i, null), trigger, i, act.Object));
            }
        }
    }

    /// <summary>The act of the sentence's claims whose evidence ends last before token <paramref name="at"/>; null when none does.</summary>
    private static Claim? LastAct(SentenceView view, IReadOnlyList<Claim> claims, int first, int at)
    {
        Claim? last = null;
        int before = view.Token(at).Start;
        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (IsAct(claim) && claim.End <= before && (last is null || claim.End > last.End))
            {
                last = claim;
            }
        }

        return last;
    }

    /// <summary>True when <paramref name="claim"/> states an act a pro-verb may stand for: a claim of a class other than structural.</summary>
    public static bool IsAct(Claim claim) => claim.PredicateClass != PredicateClasses.Structural;

    private static IEnumerable<string> Words(SentenceView view, int from, int length)
    {
        for (int k = from; k < from + length; k++)
        {
            yield return view.Word(k).ToString();
        }
    }
}
