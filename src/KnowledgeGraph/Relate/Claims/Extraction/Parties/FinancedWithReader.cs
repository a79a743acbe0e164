using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A project done with a lender's money: "with", a noun of claim_cues <c>lending_nouns</c> and the lender after "from"
/// ("the Dasu hydropower project, which is being built by China Gezhouba Group with financing from the World Bank"), or
/// "with" (and "a") and the lender's demonym before the noun ("The Isimba dam was built with Chinese loans", "with a
/// Chinese grant"), a sum perhaps between ("The Rogun dam, built with a $246 million grant from China") → the lender
/// (each lender conjoined after "from") FUNDS the nearest project named before "with" in the clause, or, with none, the
/// state or body opening the sentence ("Kyrgyzstan will pay for its share with a Chinese loan"). The "by" of a passive
/// verb of paying (claim_cues <c>paying_passives</c>) names the money as "with" does ("the China-Kyrgyzstan-Uzbekistan
/// railway, a $4.7 billion project financed largely by Chinese loans"), and there the state or body opening the sentence
/// may own what is paid for ("Kyrgyzstan's share of the cost, estimated at $2.3 billion, is to be covered by Chinese
/// credit"). Driven by the lender's mention.
/// </summary>
internal static class FinancedWithReader
{
    private const int MaxReach = 14;
    /// <summary>Tokens from a passive's opening possessor to its "by": the subject phrase may hold an aside.</summary>
    private const int MaxPassiveReach = 20;
    /// <summary>Tokens of a sum between "with" and the lending noun ("$246 million", "more than $1 billion").</summary>
    private const int MaxSumWords = 5;

    /// <summary>
    /// The first words of the lending nouns: every claim this reader finds is read from one ("with Chinese loans", "with
    /// financing from"), so a sentence with none of these words gives none.
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.LendingNouns.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("FUNDS") is not { } funds)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int lender = 1; lender < view.MentionCount; lender++)
        {
            Mention named = view.Mention(lender);
            if (named.Entity.Type is not (EntityType.Country or EntityType.Organisation) || view.IsPossessive(lender))
            {
                continue;
            }

            int with = -1;
            int noun = -1;
            bool passive = false;
            int first = view.MentionFirst(lender);
            int from = view.Is(first - 1, "the") ? first - 2 : first - 1;
            if (named.Kind == MentionKind.Demonym && cues.LendingNouns.StartsAt(view, view.AfterMention(lender)) && With(view, cues, first - 1, out passive) is >= 0 and var before)
            {
                // "built with Chinese loans", "built with a Chinese grant", "built with a $246 million Chinese grant"
                with = before;
                noun = view.AfterMention(lender);
            }
            else if (named.Kind != MentionKind.Demonym && view.Is(from, "from") && cues.LendingNouns.StartsAt(view, from - 1) && With(view, cues, from - 2, out passive) is >= 0 and var after)
            {
                // "with financing from the World Bank", "built with a $246 million grant from China"
                with = after;
                noun = from - 1;
            }

            if (with < 0 || (Project(view, with) is >= 0 and var built ? built : Borrower(view, with, lender, passive)) is not (>= 0 and var project))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, funds);
            output.Add((new ClaimCandidate(lender, project, 0.8f, with, noun, null), trigger, noun));
            if (named.Kind != MentionKind.Demonym)
            {
                // "built with money from the European Union and Japan": every lender conjoined after "from".
                for (int next = Conjoined(view, lender); next >= 0; next = Conjoined(view, next))
                {
                    output.Add((new ClaimCandidate(next, project, 0.8f, with, noun, null), trigger, noun));
                }
            }
        }
    }

    /// <summary>The state or body named after ", " or "and" (and "the") right after mention <paramref name="m"/>; -1 when none.</summary>
    private static int Conjoined(SentenceView view, int m)
    {
        int i = view.AfterMention(m);
        i += view.Is(i, ",") ? 1 : 0;
        i += view.Is(i, "and") ? 1 : 0;
        i += view.Is(i, "the") ? 1 : 0;
        return i > view.AfterMention(m) && view.MentionIndexAt(i) is >= 0 and var next && view.MentionFirst(next) == i && !view.IsPossessive(next)
            && view.Mention(next).Kind != MentionKind.Demonym && view.Mention(next).Entity.Type is EntityType.Country or EntityType.Organisation ? next : -1;
    }

    /// <summary>
    /// The "with" that ends at <paramref name="i"/> or before a sum and an article there ("with a $246 million"), or the
    /// "by" there of a passive verb of paying (<paramref name="passive"/> true: "financed largely by a $97 million"); -1
    /// when none.
    /// </summary>
    private static int With(SentenceView view, ClaimCues cues, int i, out bool passive)
    {
        passive = false;
        for (int n = 0; n < MaxSumWords && i > view.First && view.MentionIndexAt(i) < 0 && Sums.IsAmountToken(view, cues, i); n++)
        {
            i--;
        }

        i -= view.Is(i, "a") || view.Is(i, "an") ? 1 : 0;
        if (view.Is(i, "with"))
        {
            return i;
        }

        passive = view.Is(i, "by") && PaidBefore(view, cues, i - 1);
        return passive ? i : -1;
    }

    /// <summary>
    /// A participle of claim_cues <c>paying_passives</c> ends at <paramref name="i"/>, or before an adverb there
    /// ("financed largely", "paid for").
    /// </summary>
    private static bool PaidBefore(SentenceView view, ClaimCues cues, int i)
    {
        i -= i > view.First && NounWords.IsAdverb(view, i) ? 1 : 0;
        for (int k = i; k >= view.First && k >= i - 1; k--)
        {
            if (cues.PayingPassives.LongestAt(view, k) == i - k + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// With no project named: the state or body that opens the sentence as its subject and pays with the money it borrowed
    /// ("Kyrgyzstan will pay for its share of the line with a Chinese loan"), when no clause break stands before
    /// <paramref name="with"/>; before the "by" of a passive (<paramref name="passive"/>) also as the possessor of the
    /// subject, past commas of an aside ("Kyrgyzstan's share of the cost, estimated at $2.3 billion, is to be covered by");
    /// -1 when none.
    /// </summary>
    private static int Borrower(SentenceView view, int with, int lender, bool passive)
    {
        if (SubjectFinder.OpeningMention(view) is not (>= 0 and var subject) || subject == lender || view.IsPossessive(subject) && !passive
            || view.Mention(subject).Kind == MentionKind.Demonym || view.Mention(subject).Entity.Type is not (EntityType.Country or EntityType.Organisation)
            || view.Mention(subject).Entity.Id == view.Mention(lender).Entity.Id || with - view.AfterMention(subject) > (passive ? MaxPassiveReach : MaxReach))
        {
            return -1;
        }

        for (int i = view.AfterMention(subject); i < with; i++)
        {
            if (GrammarWords.ClauseBreaks.StartsAt(view, i) || view.Is(i, ",") && !passive || view.MentionIndexAt(i) >= 0 && !view.IsPossessivePronoun(view.MentionIndexAt(i)))
            {
                return -1;
            }
        }

        return subject;
    }

    /// <summary>The nearest project named before <paramref name="with"/> in its clause; -1 when none.</summary>
    private static int Project(SentenceView view, int with)
    {
        for (int i = with - 1; i >= view.First && with - i <= MaxReach; i--)
        {
            if (GrammarWords.ClauseBreaks.StartsAt(view, i))
            {
                return -1;
            }

            if (view.MentionIndexAt(i) is >= 0 and var m && view.Mention(m).Entity.Type == EntityType.Project && !view.IsPossessive(m))
            {
                return m;
            }
        }

        return -1;
    }
}
