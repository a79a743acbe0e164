using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Debt relief: a verb of claim_cues <c>relief_verbs</c> and a noun of <c>relieved_nouns</c> → the verb's subject
/// PROVIDES_AID_TO the debtor, named after the noun and "of", "for" or "owed by" ("promised to cancel debt for some of
/// Africa's least-developed countries", "China forgave $78 million in interest-free loans owed by Cameroon"), as a
/// possessive between verb and noun ("wrote off Cameroon's debt"), or right after the verb and before "from" or "of" and
/// the noun ("exempted Ethiopia from interest-free loans"). Only modifiers and a sum stand between verb and noun. Driven by
/// the debtor's mention, so a sentence without such a name costs one look per mention. One instance per reader; not
/// thread-safe.
/// </summary>
internal sealed class DebtReliefReader
{
    private const int MaxVerbWords = 3;
    private const int MaxNounWords = 2;
    private const int MaxBetween = 7;
    private static readonly string[] Preps = ["of", "for", "by"];
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? aid;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> debtors = [];

    public DebtReliefReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        aid = lexicon.Find("PROVIDES_AID_TO");
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// The first words of the relieved nouns: every claim this reader finds has a relief verb take one ("wrote off
    /// Cameroon's debt"), so a sentence with none of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.RelievedNouns.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (aid is null || cues.ReliefVerbs.Count == 0)
        {
            return;
        }

        for (int debtor = 1; debtor < view.MentionCount; debtor++)
        {
            int verb = Verb(view, debtor, out int prep);
            if (verb < 0)
            {
                continue;
            }

            debtors.Clear();
            if (prep >= 0)
            {
                objectFinder.Find(view, prep, Preps, direct: false, debtors);
            }

            if (debtors.Count == 0 || debtors[0].Mention != debtor)
            {
                debtors.Clear();
                debtors.Add(new Argument(debtor, 1f));
            }

            int length = cues.ReliefVerbs.LongestAt(view, verb);
            var trigger = Trigger.OfWords(view, verb, length, TriggerKind.Verb, aid);
            foreach (Argument owing in debtors)
            {
                subjectFinder.AddAgainst(view, verb, owing.Mention, trigger, output);
            }
        }
    }

    /// <summary>
    /// The first token of the relief verb that relieves the debt of mention <paramref name="m"/>; -1 when none does.
    /// <paramref name="prep"/> is the "of", "for" or "by" right before the debtor when the noun comes first, else -1.
    /// </summary>
    private int Verb(SentenceView view, int m, out int prep)
    {
        prep = -1;
        int first = view.MentionFirst(m);
        int before = view.Is(first - 1, "the") || GrammarWords.Numbers.StartsAt(view, first - 1) ? first - 2 : first - 1;
        // The verb before the debtor is the rarer condition of the first two forms: it is asked before the noun.
        // "wrote off Cameroon's debt"
        if (view.IsPossessive(m))
        {
            if (VerbEndingAt(view, before) is >= 0 and var owner && NounAt(view, view.AfterMention(m)))
            {
                return owner;
            }
        }
        else if (view.AfterMention(m) is var after && (view.Is(after, "from") || view.Is(after, "of"))
            && VerbEndingAt(view, before) is >= 0 and var relieving && NounAt(view, after + 1))
        {
            // "exempted Ethiopia from interest-free loans", "relieve Zambia of its debt"
            return relieving;
        }

        // "debt for some of Africa's countries", "the debts of several African countries"
        int p = view.Is(before, "of") && GrammarWords.Multitudes.StartsAt(view, before - 1) ? before - 2 : before;
        int nounEnd = view.Is(p, "by") && view.Is(p - 1, "owed") ? p - 2 : view.Is(p, "of") || view.Is(p, "for") ? p - 1 : -1;
        int noun = nounEnd > view.First ? cues.RelievedNouns.StartEndingAt(view, nounEnd, MaxNounWords) : -1;
        if (noun < 0)
        {
            return -1;
        }

        prep = p;
        return VerbBefore(view, noun - 1);
    }

    /// <summary>True when a relieved noun follows <paramref name="i"/> past modifiers and a sum.</summary>
    private bool NounAt(SentenceView view, int i)
    {
        for (int n = 0; n <= MaxBetween && i < view.End; n++, i++)
        {
            if (cues.RelievedNouns.StartsAt(view, i))
            {
                return true;
            }

            if (!IsModifier(view, i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first token of a relief verb ending at <paramref name="last"/>; -1 when none does.</summary>
    private int VerbEndingAt(SentenceView view, int last) =>
        last > view.First ? cues.ReliefVerbs.StartEndingAt(view, last, MaxVerbWords) : -1;

    /// <summary>The relief verb before a relieved noun whose modifiers end at <paramref name="last"/>; -1 when none.</summary>
    private int VerbBefore(SentenceView view, int last)
    {
        for (int i = last; i > view.First && last - i <= MaxBetween; i--)
        {
            if (VerbEndingAt(view, i) is >= 0 and var verb)
            {
                return verb;
            }

            if (!IsModifier(view, i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A word that may stand between a relief verb and its noun: a sum ("$78 million in"), an article or possessive
    /// pronoun, a portion ("part of", "most of"), a hyphen or a lower-case modifier ("interest-free", "outstanding").
    /// </summary>
    private bool IsModifier(SentenceView view, int i)
    {
        if (view.MentionIndexAt(i) >= 0)
        {
            return false;
        }

        if (Sums.IsSumToken(view, cues, i) || view.Is(i, "-") || GrammarWords.Articles.StartsAt(view, i) || view.Is(i, "of") || view.Is(i, "in"))
        {
            return true;
        }

        return view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower) && !GrammarWords.ClauseStops.StartsAt(view, i)
            && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i);
    }
}
