using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A sum of money given for a named project: a verb of giving (claim_cues <c>giving_verbs</c>), a sum with a number and
/// "for" or "to" the project ("Beijing has pledged more than $60 billion for CPEC projects", "has committed more than
/// $60 billion to CPEC"), or a FUNDS verb, a sum and "of" the project after a few lower-case words ("China has so far
/// financed about $25 billion of completed CPEC projects") → the verb's subject FUNDS the project; a verb of putting
/// money in (<c>pouring_verbs</c>), a sum and "into" the project, past the same few words ("China has poured about
/// $30 billion into completed CPEC projects") → it INVESTS_IN the project. Driven by the project's mention. One instance
/// per reader; not thread-safe.
/// </summary>
internal sealed class SumForProjectReader
{
    private const int MaxSum = 6;
    private const int MaxModifiers = 2;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? funds;
    private readonly PredicateDefinition? invests;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> givers = [];

    public SumForProjectReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        funds = lexicon.Find("FUNDS");
        invests = lexicon.Find("INVESTS_IN");
        this.subjectFinder = subjectFinder;
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (funds is null)
        {
            return;
        }

        for (int project = 0; project < view.MentionCount; project++)
        {
            if (view.Mention(project).Entity.Type != EntityType.Project || view.IsPossessive(project))
            {
                continue;
            }

            int i = view.MentionFirst(project) - 1;
            i -= view.Is(i, "the") ? 1 : 0;
            // "of completed CPEC projects", "into completed CPEC projects": a few lower-case words may qualify the project
            // after "of" or "into", not after "for" or "to".
            int modifiers = 0;
            while (modifiers < MaxModifiers && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && !IsSumPrep(view, i))
            {
                i--;
                modifiers++;
            }

            bool of = view.Is(i, "of");
            bool into = view.Is(i, "into") && invests is not null;
            bool given = (view.Is(i, "for") || view.Is(i, "to")) && modifiers == 0;
            if (!of && !into && !given || SumStart(view, i - 1) is not (>= 0 and var sum))
            {
                continue;
            }

            int verb = sum - 1;
            if (verb < view.First || view.MentionIndexAt(verb) >= 0 || !VerbFits(view, verb, of, into))
            {
                continue;
            }

            // "China is Pakistan's largest bilateral creditor and has committed more than $60 billion to CPEC": a past
            // verb after "and" takes the subject of the clause it is conjoined with.
            subjectFinder.Find(view, verb, givers, out int bridgeStart, allowConjoined: VerbShapes.IsPast(view, verb));
            PredicateDefinition predicate = into && invests is not null ? invests : funds;
            var trigger = new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, predicate, view.Word(i).ToString().ToLowerInvariant());
            foreach (Argument giver in givers)
            {
                output.Add((new ClaimCandidate(giver.Mention, project, 0.85f * giver.Weight, bridgeStart, verb, null), trigger, verb));
            }
        }
    }

    /// <summary>
    /// True when the verb at <paramref name="verb"/> fits the preposition after its sum: a FUNDS verb before "of", a verb
    /// of putting money in before "into", a verb of giving before "for" or "to".
    /// </summary>
    private bool VerbFits(SentenceView view, int verb, bool of, bool into) =>
        of ? FundingVerb(view, verb)
        : into ? cues.PouringVerbs.LongestAt(view, verb) == 1
        : cues.GivingVerbs.LongestAt(view, verb) == 1;

    /// <summary>True when the word at <paramref name="i"/> is a preposition that may join a sum to its project: "of", "for", "to", "into".</summary>
    private static bool IsSumPrep(SentenceView view, int i) =>
        view.Is(i, "of") || view.Is(i, "for") || view.Is(i, "to") || view.Is(i, "into");

    /// <summary>The first token of a sum with a number that ends at <paramref name="end"/> ("more than $60 billion"); -1 when none.</summary>
    private int SumStart(SentenceView view, int end)
    {
        bool number = false;
        int i = end;
        while (i >= view.First && end - i < MaxSum && view.MentionIndexAt(i) < 0)
        {
            if (Sums.IsSumToken(view, cues, i))
            {
                number |= view.Token(i).Kind == TokenKind.Number;
                i--;
            }
            else if (cues.Amounts.LongestAt(view, i - 1) == 2)
            {
                // "more than $60 billion": an amount of two words ends here.
                i -= 2;
            }
            else
            {
                break;
            }
        }

        return number ? i + 1 : -1;
    }

    /// <summary>True when a one-word verb trigger of FUNDS stands at <paramref name="i"/> ("financed").</summary>
    private bool FundingVerb(SentenceView view, int i)
    {
        if (view.TriggersAt(i) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb && trigger.Predicate == funds && words.Length == 1)
            {
                return true;
            }
        }

        return false;
    }
}
