using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Works a funder pays for in a state the object names: a FUNDS verb ("financed", "paid for"), then a few lower-case words
/// of its object and the state's demonym before a noun, or the state's possessive ("China, which has financed a network of
/// border posts on the Tajik side of the frontier", "whose state banks financed much of Uzbekistan's existing rail
/// network") → the verb's subject FUNDS the state. Driven by the state's mention.
/// </summary>
internal sealed class FundedWorksStateReader
{
    /// <summary>Tokens between the verb and the state: "a network of border posts on the".</summary>
    private const int MaxReach = 9;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? funds;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> funders = [];

    public FundedWorksStateReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        funds = lexicon.Find("FUNDS");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The first words of the FUNDS verbs: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => funds is null ? []
        : funds.Verbs.SelectMany(Inflector.Forms).Concat(funds.Forms).Select(v => v.Split(' ')[0]).Distinct(StringComparer.Ordinal);

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (funds is null)
        {
            return;
        }

        for (int state = 1; state < view.MentionCount; state++)
        {
            Mention named = view.Mention(state);
            bool demonym = named.Kind == MentionKind.Demonym;
            if (named.Entity.Type != EntityType.Country
                || demonym == view.IsPossessive(state) || !VerbShapes.IsLowerWord(view, demonym ? view.MentionLast(state) + 1 : view.AfterMention(state)))
            {
                continue;
            }

            var (verb, length) = VerbBefore(view, view.MentionFirst(state) - 1);
            if (verb < 0)
            {
                continue;
            }

            subjectFinder.Find(view, verb, funders, out int bridgeStart);
            var trigger = Trigger.OfWords(view, verb, length, TriggerKind.Verb, funds);
            foreach (Argument funder in funders)
            {
                if (view.Mention(funder.Mention).Entity.Id != named.Entity.Id)
                {
                    output.Add((new ClaimCandidate(funder.Mention, state, 0.8f * funder.Weight, bridgeStart, verb + 1, null), trigger, verb));
                }
            }
        }
    }

    /// <summary>
    /// The FUNDS verb before the object's words that end at <paramref name="i"/>: its first token and its length ("paid
    /// for" has two); -1 when a name, a comma, a clause break or a word of claim_cues <c>funded_object_stops</c> comes first.
    /// </summary>
    private (int First, int Length) VerbBefore(SentenceView view, int i)
    {
        for (int start = i; i > view.First && start - i < MaxReach; i--)
        {
            if (FundingVerb(view, i) is >= 0 and var verb)
            {
                return (verb, i - verb + 1);
            }

            if (view.MentionIndexAt(i) >= 0 || !(VerbShapes.IsLowerWord(view, i) || view.Token(i).Kind == TokenKind.Number)
                || GrammarWords.ClauseBreaks.StartsAt(view, i) || cues.FundedObjectStops.StartsAt(view, i))
            {
                return (-1, 0);
            }
        }

        return (-1, 0);
    }

    /// <summary>
    /// The first token of a FUNDS verb trigger ending at <paramref name="i"/>: a one-word verb there ("financed"), or a
    /// two-word one ending there ("paid for"); -1 when none.
    /// </summary>
    private int FundingVerb(SentenceView view, int i)
    {
        for (int length = 1; length <= 2; length++)
        {
            int first = i - length + 1;
            foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(first)))
            {
                if (trigger.Kind == TriggerKind.Verb && trigger.Predicate == funds && words.Length == length && view.WordsMatch(first, words))
                {
                    return first;
                }
            }
        }

        return -1;
    }
}
