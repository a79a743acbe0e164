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

    /// <summary>
    /// The first words of the lending and owed nouns: every claim this reader finds is read from one, so a sentence with
    /// none of these words gives none.
    /// </summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => [.. lexicon.Cues.LendingNouns.FirstWords, .. lexicon.Cues.OwedNouns.FirstWords];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("FUNDS") is not { } predicate)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        ReadShareOfDebt(view, cues, predicate, output);
        for (int b = 0; b < view.MentionCount; b++)
        {
            Mention borrower = view.Mention(b);
            // A possessive pronoun names the borrower only before a noun of what is owed and its lender ("its debt to China").
            bool pronoun = view.IsPossessivePronoun(b);
            if (!view.IsPossessive(b) && !pronoun || borrower.Entity.Type is not (EntityType.Country or EntityType.Place or EntityType.Organisation))
            {
                continue;
            }

            int i = view.AfterMention(b);
            // "Zambia's $17 billion external debt": a sum stands among the fillers.
            for (int n = 0; n < MaxFillers + MaxSumWords && i < view.End && view.MentionIndexAt(i) < 0 && !cues.LendingNouns.StartsAt(view, i)
                && (cues.Fillers.StartsAt(view, i) || Sums.IsAmountToken(view, cues, i)); n++)
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
            else if (!pronoun && (cues.OwedNouns.StartsAt(view, i) || cues.LendingNouns.StartsAt(view, i)) && Holder(view, cues, view.MentionFirst(b) - 1) is >= 0 and var holder)
            {
                // "China holds about 70 percent of Kenya's external debt".
                noun = i;
                lender = holder;
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

    private const int MaxShareWords = 6;
    /// <summary>Tokens of a sum between a borrower's possessive and its debt ("$17 billion").</summary>
    private const int MaxSumWords = 3;

    /// <summary>
    /// The lender that holds a share of the debt whose borrower's possessive follows "of" at <paramref name="of"/>: a
    /// verb of claim_cues <c>debt_holding</c>, a share (numbers, amounts, <c>share_words</c>) and "of" ("China holds about
    /// 70 percent of", "Chinese lenders account for a third of"); the lender is the name (or a demonym before an actor noun)
    /// right before the verb, the sentence's opening subject before a participle after a comma ("China is the largest
    /// creditor, holding roughly $29 billion of"), or the possessor of a noun of <c>share_nouns</c> ("China's share of Kenya's debt"). -1 when
    /// not so written.
    /// </summary>
    internal static int Holder(SentenceView view, ClaimCues cues, int of)
    {
        if (!view.Is(of, "of"))
        {
            return -1;
        }

        // "China's share of Kenya's debt": the possessor of the share.
        if (cues.ShareNouns.StartsAt(view, of - 1) && SubjectFinder.EndingAt(view, of - 2) is >= 0 and var owner && view.IsPossessive(owner))
        {
            return view.Mention(owner).Entity.Type is EntityType.Country or EntityType.Organisation ? owner : -1;
        }

        int j = of - 1;
        for (int n = 0; n < MaxShareWords && j > view.First && view.MentionIndexAt(j) < 0 && cues.DebtHolding.StartEndingAt(view, j, 2) < 0; n++, j--)
        {
            // "more than a third of": the last word of an amount's phrase.
            if (!(Sums.IsSumToken(view, cues, j) || cues.Amounts.StartEndingAt(view, j, 2) >= 0 || cues.ShareWords.StartsAt(view, j) || cues.Fillers.StartsAt(view, j)))
            {
                return -1;
            }
        }

        int verb = cues.DebtHolding.StartEndingAt(view, j, 2);
        if (verb < 0 || verb == of - 1)
        {
            return -1;
        }

        int before = verb - 1;
        before -= cues.Actors.StartsAt(view, before) ? 1 : 0;
        int lender = SubjectFinder.EndingAt(view, before);
        if (lender < 0 && (view.Is(verb - 1, ",") || view.Is(verb - 1, "and")))
        {
            // "China is by far the largest of those creditors, holding roughly $29 billion of Pakistan's external debt", "China
            // is Kyrgyzstan's largest trading partner and holds more than a third of": the participle's or the conjoined
            // verb's clause is the sentence's, whose subject opens it.
            lender = SubjectFinder.OpeningMention(view);
        }

        return lender >= 0 && view.Mention(lender).Entity.Type is EntityType.Country or EntityType.Organisation && !view.IsPossessive(lender) ? lender : -1;
    }

    /// <summary>
    /// Tokens of a noun of what is owed (claim_cues <c>owed_nouns</c>) before "to", "with" or "from" ("Zambia's debt to
    /// China"; "is owed to", "was now owed to" too), or of a lending noun before "with" or "from" ("Zambia's loans with Chinese lenders": "China's loans to
    /// Africa" names the lender as possessor); 0 when none.
    /// </summary>
    private static int OwedBefore(SentenceView view, ClaimCues cues, int i)
    {
        if (cues.OwedNouns.LongestAt(view, i) is > 0 and var owed)
        {
            // "Zambia's external debt is owed to Chinese lenders": a passive "owed" (after a form of "be", and perhaps one
            // word of claim_cues bridges: "was now owed to") before "to".
            int link = i + owed;
            if (view.Is(link, "is") || view.Is(link, "are") || view.Is(link, "was") || view.Is(link, "were"))
            {
                link++;
                link += !view.Is(link, "owed") && cues.Bridges.LongestAt(view, link) == 1 && !cues.Negations.StartsAt(view, link) && view.Is(link + 1, "owed") ? 1 : 0;
            }

            link += view.Is(link, "owed") ? 1 : 0;
            if (view.Is(link, "to") || (link == i + owed && (view.Is(link, "with") || view.Is(link, "from"))))
            {
                return link - i;
            }
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
