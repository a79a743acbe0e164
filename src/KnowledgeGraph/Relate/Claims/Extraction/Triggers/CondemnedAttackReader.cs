using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// An attack the article reported, judged by a later sentence: "Prime Minister Shehbaz Sharif condemned the attack",
/// "China's embassy in Kabul condemned the attack and demanded …". A verb of condemning (claim_cues <c>condemning</c>)
/// before "the", "this", "that", "these" or "those", at most <see cref="MaxModifiers"/> lower-case words and the first word of
/// an attack or a killing (a nominal trigger of ATTACKS or KILLS: attack, bombing, killings …), with no name between and
/// no "by" after: the verb's subjects criticise the attacker the article named before (<c>ArticleAttacker</c>). The
/// caller builds the claims with that attacker as their object.
/// </summary>
internal static class CondemnedAttackReader
{
    private const int MaxModifiers = 3;
    private static readonly string[] Determiners = ["the", "this", "that", "these", "those"];

    /// <summary>The first words of the verbs of condemning: a sentence with none of them gives nothing.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.Condemning.FirstWords;

    /// <summary>
    /// Adds a candidate per subject of each condemned attack, its object the subject itself (the caller replaces it with
    /// the attacker), with the token span [start, end) of the verb through the attack's noun.
    /// </summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, SubjectFinder subjects, List<Argument> found, List<(ClaimCandidate Candidate, Trigger Trigger, int Start, int End)> output)
    {
        if (lexicon.Find("CRITICIZES") is not { } criticizes || lexicon.Find("ATTACKS") is not { } attacks)
        {
            return;
        }

        PredicateDefinition? kills = lexicon.Find("KILLS");
        for (int verb = view.First + 1; verb + 2 < view.End; verb++)
        {
            int length = lexicon.Cues.Condemning.LongestAt(view, verb);
            if (length == 0 || AttackNounAfter(view, verb + length, attacks, kills) is not (>= 0 and var noun) || view.Is(noun + 1, "by"))
            {
                continue;
            }

            subjects.Find(view, verb, found, out int bridgeStart, allowComma: true, allowConjoined: true);
            var trigger = new Trigger([.. Enumerable.Range(verb, noun + 1 - verb).Select(t => view.Word(t).ToString())], TriggerKind.Verb, criticizes, null);
            foreach (Argument subject in found)
            {
                output.Add((new ClaimCandidate(subject.Mention, subject.Mention, 0.8f * subject.Weight, bridgeStart, verb, null), trigger, verb, noun + 1));
            }
        }
    }

    /// <summary>The attack's noun after a determiner at <paramref name="at"/> and at most <see cref="MaxModifiers"/> lower-case words; -1 when none.</summary>
    private static int AttackNounAfter(SentenceView view, int at, PredicateDefinition attacks, PredicateDefinition? kills)
    {
        if (at >= view.End || !Determiners.Any(d => view.Is(at, d)))
        {
            return -1;
        }

        for (int i = at + 1; i < view.End && i <= at + 1 + MaxModifiers; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return -1;
            }

            if (ClaimedAttackReader.BeginsNounOf(view, i, attacks) || kills is not null && ClaimedAttackReader.BeginsNounOf(view, i, kills))
            {
                return i;
            }
        }

        return -1;
    }
}
