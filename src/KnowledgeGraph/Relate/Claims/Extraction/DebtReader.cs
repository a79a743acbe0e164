using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Debt read from the borrower's side, lender FUNDS borrower: a debt verb (claim_cues <c>debt_verbs</c>) whose subject
/// owes the party after it or borrows from it ("Djibouti owes more than $1.2 billion to Beijing", "a country that owes
/// China about $50 billion", "the money it owes China", "Djibouti has borrowed 75 percent of its GDP from China"), and a debt noun (claim_cues <c>debt_nouns</c>) after a borrower's possessive
/// with the lender as a demonym or name before the noun ("Djibouti's Chinese debt") or after "to" / "from" ("Kenya's
/// debt to China", "Zambia's borrowing from China"). A passive ("is owed to the World Bank") names no borrower and yields
/// nothing. One instance per reader; not thread-safe.
/// </summary>
internal sealed class DebtReader
{
    private const int MaxToLender = 12;
    private const int MaxDescription = 4;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> subjects = [];

    public DebtReader(ClaimCues cues, SubjectFinder subjectFinder)
    {
        this.cues = cues;
        this.subjectFinder = subjectFinder;
    }

    public void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("FUNDS") is not { } funds)
        {
            return;
        }

        for (int i = view.First; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word)
            {
                continue;
            }

            if (cues.DebtVerbs.LongestAt(view, i) is var verb and > 0)
            {
                ReadVerb(view, i, verb, funds, output);
            }
            else if (cues.DebtNouns.LongestAt(view, i) is var noun and > 0)
            {
                ReadNoun(view, i, noun, funds, output);
            }
        }
    }

    /// <summary>"X owes (amount) to Y", "X owes Y (amount)", "X borrowed (amount) from Y": the subject borrows from the first party after the verb.</summary>
    private void ReadVerb(SentenceView view, int verb, int length, PredicateDefinition funds, List<(ClaimCandidate, Trigger, int)> output)
    {
        if (GrammarWords.BeForms.StartsAt(view, verb - 1))
        {
            return;
        }

        int lender = LenderAfter(view, verb + length, direct: true);
        if (lender < 0)
        {
            return;
        }

        subjectFinder.Find(view, verb, subjects, out int bridge);
        if (subjects.Count == 0 && AppositionHead(view, verb - 1) is var head and >= 0)
        {
            subjects.Add(new Argument(head, 0.85f));
        }

        foreach (Argument borrower in subjects)
        {
            Add(lender, borrower.Mention, borrower.Weight * 0.9f, bridge, verb, verb, funds, output);
        }
    }

    /// <summary>"Y's Chinese debt", "Y's debt to X", "Y's borrowing from X": the possessor borrows.</summary>
    private void ReadNoun(SentenceView view, int noun, int length, PredicateDefinition funds, List<(ClaimCandidate, Trigger, int)> output)
    {
        int before = view.MentionIndexAt(noun - 1);
        if (before >= 0 && !view.IsPossessive(before) && view.MentionFirst(before) > view.First)
        {
            // "Djibouti's Chinese debt": the lender qualifies the noun, the borrower owns the phrase.
            int owner = PossessorBefore(view, view.MentionFirst(before));
            if (owner >= 0)
            {
                Add(before, owner, 0.85f, noun, noun, noun, funds, output);
            }

            return;
        }

        int possessor = PossessorBefore(view, noun);
        if (possessor < 0)
        {
            return;
        }

        int after = noun + length;
        if (!view.Is(after, "to") && !view.Is(after, "from"))
        {
            return;
        }

        int lender = LenderAfter(view, after, direct: false);
        if (lender >= 0)
        {
            Add(lender, possessor, 0.85f, noun, noun, noun, funds, output);
        }
    }

    /// <summary>
    /// The lender from <paramref name="from"/> on: a mention right there when <paramref name="direct"/> ("owes China"), or
    /// after "to" / "from" past an amount ("more than $1.2 billion to Beijing", "nearly all of that money to China"),
    /// within a few tokens and never across a clause boundary or punctuation other than the amount's.
    /// </summary>
    private static int LenderAfter(SentenceView view, int from, bool direct)
    {
        for (int j = from; j < view.End && j - from <= MaxToLender; j++)
        {
            int m = view.MentionIndexAt(j);
            if (m >= 0 && view.IsPossessivePronoun(m))
            {
                continue;
            }

            if (m >= 0)
            {
                bool introduced = view.Is(j - 1, "to") || view.Is(j - 1, "from") || (view.Is(j - 1, "the") && (view.Is(j - 2, "to") || view.Is(j - 2, "from")));
                return (direct && j == from) || introduced ? Usable(view, m) : -1;
            }

            // "nearly all of that money to China": "that" after "of" is a determiner, not a clause.
            bool determiner = view.Is(j, "that") && view.Is(j - 1, "of");
            if (view.Token(j).Kind == TokenKind.Punctuation || (GrammarWords.ClauseStops.StartsAt(view, j) && !determiner) || GrammarWords.Conjunctions.StartsAt(view, j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The name a relative clause's apposition describes: "Venezuela, a country that owes China" gives Venezuela for the
    /// relative at <paramref name="relative"/>; -1 unless a short description without names lies between comma and relative.
    /// </summary>
    private static int AppositionHead(SentenceView view, int relative)
    {
        if (!GrammarWords.Relatives.StartsAt(view, relative))
        {
            return -1;
        }

        for (int k = relative - 1; k >= view.First && relative - k <= MaxDescription; k--)
        {
            if (view.Is(k, ","))
            {
                int m = view.MentionIndexAt(k - 1);
                return m >= 0 && relative - k > 2 && GrammarWords.Articles.StartsAt(view, k + 1) && !view.IsPossessive(m) ? m : -1;
            }

            if (view.MentionIndexAt(k) >= 0 || view.Token(k).Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The possessive mention whose phrase ends right before token <paramref name="t"/>; -1 when there is none.</summary>
    private static int PossessorBefore(SentenceView view, int t)
    {
        for (int k = t - 1; k >= view.First && k >= t - 2; k--)
        {
            int m = view.MentionIndexAt(k);
            if (m >= 0)
            {
                return view.IsPossessive(m) && view.AfterMention(m) == t ? m : -1;
            }
        }

        return -1;
    }

    /// <summary>A lender is a named party, not a demonym qualifying another noun ("to Chinese firms").</summary>
    private static int Usable(SentenceView view, int m) =>
        view.Mention(m).Kind == MentionKind.Demonym || view.IsPossessive(m) ? -1 : m;

    private static void Add(int lender, int borrower, float weight, int negationFrom, int negationTo, int at, PredicateDefinition funds, List<(ClaimCandidate, Trigger, int)> output) =>
        output.Add((new ClaimCandidate(lender, borrower, weight, negationFrom, negationTo, null), new Trigger(["owes"], TriggerKind.Verb, funds, null), at));
}
