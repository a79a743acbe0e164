using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// An act an earlier sentence of the article reported, judged by a description of it: "Prime Minister Shehbaz Sharif
/// condemned the attack" (a verb of condemning, claim_cues <c>condemning</c>, before the first word of a nominal trigger of
/// ATTACKS or KILLS: attack, bombing, killings …), "Kabul rejected the accusation" (a verb of rebutting, <c>rebuttals</c>,
/// before one of the accusation nouns of CRITICIZES: accusation, charge, allegation …). The noun follows "the", "this",
/// "that", "these", "those" or "such" and at most <see cref="MaxModifiers"/> lower-case words, with no name between and no
/// "by" after it: the verb's subjects criticise whoever did the act (the caller's memory of the article: its attacker or
/// its accuser). The caller builds the claims with that party as their object.
/// </summary>
internal static class EarlierActReader
{
    private const int MaxModifiers = 3;
    private static readonly string[] Determiners = ["the", "this", "that", "these", "those", "such"];

    /// <summary>The first words of the verbs of condemning and of rebutting: a sentence with none of them gives nothing.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.Condemning.FirstWords.Concat(lexicon.Cues.Rebuttals.FirstWords);

    /// <summary>Candidates for the attacks the sentence condemns (see <see cref="Read"/>).</summary>
    public static void ReadCondemned(SentenceView view, PredicateLexicon lexicon, SubjectFinder subjects, List<Argument> found, List<(ClaimCandidate Candidate, Trigger Trigger, int Start, int End)> output)
    {
        if (lexicon.Find("ATTACKS") is not { } attacks)
        {
            return;
        }

        PredicateDefinition? kills = lexicon.Find("KILLS");
        Read(view, lexicon, lexicon.Cues.Condemning, i => ClaimedAttackReader.BeginsNounOf(view, i, attacks) || kills is not null && ClaimedAttackReader.BeginsNounOf(view, i, kills),
            subjects, found, output);
    }

    /// <summary>Candidates for the accusations the sentence rejects (see <see cref="Read"/>).</summary>
    public static void ReadRejected(SentenceView view, PredicateLexicon lexicon, SubjectFinder subjects, List<Argument> found, List<(ClaimCandidate Candidate, Trigger Trigger, int Start, int End)> output)
    {
        if (lexicon.Find("CRITICIZES") is not { } criticizes || criticizes.Accusations.Count == 0)
        {
            return;
        }

        Read(view, lexicon, lexicon.Cues.Rebuttals, i => criticizes.Accusations.Any(noun => view.Is(i, noun)), subjects, found, output);
    }

    /// <summary>
    /// Adds a CRITICIZES candidate per subject of each verb of <paramref name="verbs"/> whose described act's noun
    /// satisfies <paramref name="isActNoun"/>, its object the subject itself (the caller replaces it), with the token span
    /// [start, end) of the verb through the noun.
    /// </summary>
    private static void Read(SentenceView view, PredicateLexicon lexicon, PhraseIndex<string> verbs, Func<int, bool> isActNoun, SubjectFinder subjects,
        List<Argument> found, List<(ClaimCandidate Candidate, Trigger Trigger, int Start, int End)> output)
    {
        if (lexicon.Find("CRITICIZES") is not { } criticizes)
        {
            return;
        }

        for (int verb = view.First + 1; verb + 2 < view.End; verb++)
        {
            int length = verbs.LongestAt(view, verb);
            if (length == 0 || NounAfter(view, verb + length, isActNoun) is not (>= 0 and var noun) || view.Is(noun + 1, "by"))
            {
                continue;
            }

            subjects.Find(view, verb, found, out int bridgeStart, allowComma: true, allowConjoined: true);
            if (found.Count == 0 && view.Is(verb - 1, ",") && SubjectFinder.OpeningName(view) is >= 0 and var opening)
            {
                // "The Taliban, who were not invited to Tianjin, rejected the accusation."
                found.Add(new Argument(opening, 0.9f));
            }

            var trigger = new Trigger([.. Enumerable.Range(verb, noun + 1 - verb).Select(t => view.Word(t).ToString())], TriggerKind.Verb, criticizes, null);
            foreach (Argument subject in found)
            {
                output.Add((new ClaimCandidate(subject.Mention, subject.Mention, 0.8f * subject.Weight, bridgeStart, verb, null), trigger, verb, noun + 1));
            }
        }
    }

    /// <summary>The act's noun after a determiner at <paramref name="at"/> and at most <see cref="MaxModifiers"/> lower-case words; -1 when none.</summary>
    private static int NounAfter(SentenceView view, int at, Func<int, bool> isActNoun)
    {
        if (at >= view.End || !view.IsAny(at, Determiners))
        {
            return -1;
        }

        for (int i = at + 1; i < view.End && i <= at + 1 + MaxModifiers; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return -1;
            }

            if (isActNoun(i))
            {
                return i;
            }
        }

        return -1;
    }
}
