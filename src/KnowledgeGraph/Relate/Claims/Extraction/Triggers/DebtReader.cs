using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Reads a verb of owing or borrowing (<see cref="PredicateDefinition.Debts"/>): the lender, right after the verb or
/// after "to" or "from" past the sum ("owes China about $50 billion", "owes more than $1.2 billion to Beijing", "owed
/// nearly all of that money to China", "has borrowed the equivalent of more than 75 percent of its GDP from China"), is
/// the claim's subject and the debtor, the verb's subject, its object. Only when an amount or a money word
/// stands beside the verb or its objects, the lender follows "from" ("borrowed heavily from China") or the word is a
/// state of owing (claim_cues <c>debt_states</c>: "is heavily indebted to China"): "owes its rise to China" is no debt.
/// After "owed by" the debtor follows and the lender is the clause's subject ("China forgave loans owed by Cameroon").
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class DebtReader
{
    private const int MaxSum = 12;
    private const int Window = 4;
    private static readonly string[] Lenders = ["to", "from"];
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> debtors = [];
    private readonly List<Argument> lenders = [];

    public DebtReader(ClaimCues cues, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.cues = cues;
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    public void Read(SentenceView view, int start, int end, List<ClaimCandidate> output)
    {
        // "China forgave interest-free loans owed by Cameroon": after "owed by" the debtor; the lender is the subject of the
        // clause the owed noun stands in, a state or a body, beside a money word.
        if (view.Is(end, "by") && view.Is(end - 1, "owed"))
        {
            subjectFinder.ClauseSubject(view, start, debtors);
            List<Argument> lending = debtors, owing = lenders;
            objectFinder.Find(view, end + 1, [], direct: true, owing);
            if (owing.Count > 0 && MoneyNear(view, start - Window, start + 1))
            {
                lending.RemoveAll(l => view.Mention(l.Mention).Entity.Type is not (EntityType.Country or EntityType.Organisation));
                VerbReader.Pair(lending, owing, start, start, output);
            }

            return;
        }

        subjectFinder.Find(view, start, debtors, out int bridge);
        if (debtors.Count == 0)
        {
            return;
        }

        objectFinder.Find(view, end, Lenders, direct: true, lenders);
        // "repaid much of its debt to China": a possessive pronoun owns the sum, not the lender.
        if (lenders.Count > 0 && view.IsPossessivePronoun(lenders[0].Mention))
        {
            lenders.Clear();
        }

        if (lenders.Count == 0 && SumEnd(view, end) is var to and >= 0)
        {
            objectFinder.Find(view, to, Lenders, direct: false, lenders);
        }

        if (lenders.Count == 0 || !(FromLender(view, lenders[0].Mention) || cues.DebtStates.StartsAt(view, start)
            || MoneyNear(view, start - Window, view.MentionLast(lenders[^1].Mention) + 1 + Window)))
        {
            return;
        }

        VerbReader.Pair(lenders, debtors, bridge, start, output);
    }

    /// <summary>The "to" or "from" that ends the sum after the verb ("owed nearly all of that money to"); -1 when none comes first.</summary>
    private static int SumEnd(SentenceView view, int from)
    {
        for (int i = from; i < view.End && i - from <= MaxSum; i++)
        {
            if (view.Is(i, "to") || view.Is(i, "from"))
            {
                return i;
            }

            // The sum may hold a determiner that also opens clauses ("all of that money"), a possessive pronoun ("75 percent of
            // its GDP") and a hyphenated modifier ("much of its oil-backed debt"): only names and other punctuation end it.
            int m = view.MentionIndexAt(i);
            if ((m >= 0 && !view.IsPossessivePronoun(m)) || (view.IsPunctuation(i) && !view.Is(i, "$") && !view.Is(i, "-")))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Nigeria has borrowed heavily from China": a lender after "from" (or "from the") is a lender without a sum, as one
    /// owes nothing "from" a party; "owes its rise to China" still needs money beside it.
    /// </summary>
    private static bool FromLender(SentenceView view, int lender)
    {
        int before = view.MentionFirst(lender) - 1;
        before -= view.Is(before, "the") ? 1 : 0;
        return view.Is(before, "from") && !view.IsPossessive(lender);
    }

    private bool MoneyNear(SentenceView view, int from, int to)
    {
        for (int i = Math.Max(from, view.First); i < Math.Min(to, view.End); i++)
        {
            if (view.Token(i).Kind == TokenKind.Number || view.Is(i, "$") || cues.Money.StartsAt(view, i))
            {
                return true;
            }
        }

        return false;
    }
}
