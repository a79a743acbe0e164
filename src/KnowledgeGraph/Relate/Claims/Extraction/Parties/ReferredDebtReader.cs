using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A lender's share of a debt whose borrower is referred to, not named: a verb of claim_cues <c>debt_holding</c>, a share
/// and "of", then "its" or "the country's" before a noun of what is owed ("China is Kyrgyzstan's largest trading
/// partner and holds more than a third of its external debt", "Beijing holds about a third of the country's external
/// debt") → the lender FUNDS the borrower. A lender does not hold its own external debt, so the borrower is the nearest
/// country named before the share that is not the lender, and never a demonym. A lender after "(much|most …) of it owed
/// to" past the debt ("…, much of it owed to the Export-Import Bank of China") FUNDS that borrower too, as it does after a
/// borrower's name ("of Kyrgyzstan's external debt, most of it owed to …"). Stateless.
/// </summary>
internal static class ReferredDebtReader
{
    private const int MaxFillers = 6;

    /// <summary>The first words of the owed nouns: every claim this reader finds is read from one.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.OwedNouns.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("FUNDS") is not { } predicate)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        var trigger = new Trigger(["debt"], TriggerKind.Noun, predicate, null);
        for (int of = view.First; of < view.End; of++)
        {
            if (!view.Is(of, "of"))
            {
                continue;
            }

            int borrower;
            int after;
            int lender = -1;
            if (ReferenceEnd(view, of + 1) is > 0 and var end)
            {
                lender = LenderReader.Holder(view, cues, of);
                borrower = lender < 0 ? -1 : OtherCountryBefore(view, of, view.Mention(lender).Entity);
                after = end;
            }
            else if (view.MentionIndexAt(of + 1) is >= 0 and var named && view.MentionFirst(named) == of + 1 && view.IsPossessive(named)
                && view.Mention(named) is { Kind: not MentionKind.Demonym, Entity.Type: EntityType.Country })
            {
                borrower = named;
                after = view.AfterMention(named);
            }
            else
            {
                continue;
            }

            if (borrower < 0 || DebtNounEnd(view, cues, after) is not (> 0 and var noun))
            {
                continue;
            }

            if (lender >= 0)
            {
                output.Add((new ClaimCandidate(lender, borrower, 0.75f, noun - 1, noun - 1, null), trigger, noun - 1));
            }

            if (OwedToAfter(view, cues, noun) is >= 0 and var owner && view.Mention(owner).Entity.Id != view.Mention(borrower).Entity.Id)
            {
                output.Add((new ClaimCandidate(owner, borrower, 0.75f, noun - 1, noun - 1, null), trigger, noun - 1));
            }
        }
    }

    /// <summary>The token after "its" or "the country's" at <paramref name="at"/>; 0 when neither is written there.</summary>
    private static int ReferenceEnd(SentenceView view, int at)
    {
        if (view.Is(at, "its"))
        {
            return at + 1;
        }

        return view.Is(at, "the") && view.Is(at + 1, "country") && (view.Is(at + 2, "'s") || view.Is(at + 2, "’s")) ? at + 3 : 0;
    }

    /// <summary>
    /// The token after a noun of claim_cues <c>owed_nouns</c> reached from <paramref name="at"/>
    /// past fillers and a sum ("$6.4 billion external debt"); 0 when none.
    /// </summary>
    private static int DebtNounEnd(SentenceView view, ClaimCues cues, int at)
    {
        int i = at;
        for (int n = 0; n < MaxFillers && i < view.End && view.MentionIndexAt(i) < 0 && !cues.OwedNouns.StartsAt(view, i)
            && (cues.Fillers.StartsAt(view, i) || Sums.IsAmountToken(view, cues, i)); n++)
        {
            i++;
        }

        return cues.OwedNouns.LongestAt(view, i) is > 0 and var owed ? i + owed : 0;
    }

    /// <summary>
    /// The nearest country named before <paramref name="of"/>, not a demonym and not <paramref name="lender"/>: the country
    /// whose debt "its" or "the country's" refers to; -1 when none.
    /// </summary>
    private static int OtherCountryBefore(SentenceView view, int of, Entity lender)
    {
        for (int i = of - 1; i >= view.First; i--)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m && view.MentionFirst(m) == i && view.Mention(m).Kind != MentionKind.Demonym
                && view.Mention(m).Entity.Type == EntityType.Country && view.Mention(m).Entity.Id != lender.Id)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// The lender named after ", (much|most …) of it (is|was) owed to (the)" right after the debt at <paramref name="at"/>:
    /// a country or organisation, not a possessive; -1 when not so written.
    /// </summary>
    private static int OwedToAfter(SentenceView view, ClaimCues cues, int at)
    {
        int i = at;
        if (!view.Is(i, ",") || !cues.ShareWords.StartsAt(view, i + 1) || !view.Is(i + 2, "of") || !view.Is(i + 3, "it"))
        {
            return -1;
        }

        i += 4;
        i += view.Is(i, "is") || view.Is(i, "was") ? 1 : 0;
        if (!view.Is(i, "owed") || !view.Is(i + 1, "to"))
        {
            return -1;
        }

        i += view.Is(i + 2, "the") ? 3 : 2;
        return view.MentionIndexAt(i) is >= 0 and var m && view.MentionFirst(m) == i && !view.IsPossessive(m)
            && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation ? m : -1;
    }
}
