using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A borrower's debt named with its lender: the borrower's possessive, then (after fillers) the lender's demonym or name
/// before a lending noun ("Djibouti's Chinese debt", "Zambia's Chinese loans"), or a noun of what is owed and the lender
/// after "to", "with" or "from" ("Zambia's debt to China") → the lender FUNDS the borrower, as the annotation guide reads
/// loans and debt. The nouns are the <c>lending_nouns</c> and <c>owed_nouns</c> cue lists: "China's loans to Africa" names
/// the lender as possessor, so only a noun of owing makes the possessor the borrower.
/// </summary>
internal static class LenderReader
{
    private const int MaxFillers = 3;
    private const int MaxShareReach = 12;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("FUNDS") is not { } predicate)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        ReadShareOfDebt(view, cues, predicate, output);
        for (int b = 0; b + 1 < view.MentionCount; b++)
        {
            Mention borrower = view.Mention(b);
            // A possessive pronoun names the borrower only before a noun of what is owed and its lender ("its debt to China").
            bool pronoun = view.IsPossessivePronoun(b);
            if (!view.IsPossessive(b) && !pronoun || borrower.Entity.Type is not (EntityType.Country or EntityType.Place or EntityType.Organisation))
            {
                continue;
            }

            int i = view.AfterMention(b);
            for (int n = 0; n < MaxFillers && view.MentionIndexAt(i) < 0 && cues.Fillers.StartsAt(view, i) && !cues.LendingNouns.StartsAt(view, i); n++)
            {
                i++;
            }

            int lender;
            int noun;
            if (!pronoun && view.MentionIndexAt(i) is var named and >= 0 && view.MentionFirst(named) == i)
            {
                lender = named;
                noun = view.MentionLast(named) + 1;
                if (view.IsPossessive(named) || !cues.LendingNouns.StartsAt(view, noun))
                {
                    continue;
                }
            }
            else if (OwedBefore(view, cues, i) is > 0 and var length)
            {
                noun = i;
                int at = i + length + 1;
                at += view.Is(at, "the") ? 1 : 0;
                lender = view.MentionIndexAt(at);
                if (lender < 0 || view.MentionFirst(lender) != at || view.IsPossessive(lender))
                {
                    continue;
                }
            }
            else
            {
                continue;
            }

            if (view.Mention(lender).Entity.Type is EntityType.Country or EntityType.Organisation)
            {
                output.Add((new ClaimCandidate(lender, b, 0.8f, noun, noun, null), new Trigger(["debt"], TriggerKind.Noun, predicate, null), noun));
            }
        }
    }

    /// <summary>
    /// Tokens of a noun of what is owed (claim_cues <c>owed_nouns</c>) before "to", "with" or "from" ("Zambia's debt to
    /// China"), or of a lending noun before "with" or "from" ("Zambia's loans with Chinese lenders": "China's loans to
    /// Africa" names the lender as possessor); 0 when none.
    /// </summary>
    private static int OwedBefore(SentenceView view, ClaimCues cues, int i)
    {
        if (cues.OwedNouns.LongestAt(view, i) is > 0 and var owed && (view.Is(i + owed, "to") || view.Is(i + owed, "with") || view.Is(i + owed, "from")))
        {
            return owed;
        }

        return cues.LendingNouns.LongestAt(view, i) is > 0 and var lent && (view.Is(i + lent, "with") || view.Is(i + lent, "from")) ? lent : 0;
    }

    /// <summary>
    /// "Chinese loans make up just a small portion of Africa's debt", "… two percent of all Africa debt": a lender's
    /// demonym before a lending noun, and later in the clause a borrower's possessive (or name) right before a noun of
    /// what is owed → the lender FUNDS the borrower.
    /// </summary>
    private static void ReadShareOfDebt(SentenceView view, ClaimCues cues, PredicateDefinition predicate, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int lender = 0; lender + 1 < view.MentionCount; lender++)
        {
            if (view.Mention(lender).Kind != MentionKind.Demonym || view.Mention(lender).Entity.Type != EntityType.Country
                || !cues.LendingNouns.StartsAt(view, view.MentionLast(lender) + 1))
            {
                continue;
            }

            int noun = view.MentionLast(lender) + 1;
            for (int i = noun + 1; i < view.End && i <= noun + MaxShareReach && !GrammarWords.ClauseBreaks.StartsAt(view, i); i++)
            {
                int borrower = view.MentionIndexAt(i);
                if (borrower < 0 || view.MentionFirst(borrower) != i)
                {
                    continue;
                }

                if (view.Mention(borrower).Entity.Type is EntityType.Country or EntityType.Place && view.Mention(borrower).Kind != MentionKind.Demonym
                    && cues.OwedNouns.StartsAt(view, view.AfterMention(borrower)))
                {
                    output.Add((new ClaimCandidate(lender, borrower, 0.75f, noun, noun, null), new Trigger(["debt"], TriggerKind.Noun, predicate, null), noun));
                }

                break;
            }
        }
    }
}
