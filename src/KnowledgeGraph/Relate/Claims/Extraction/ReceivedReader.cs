using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A recipient taking what a giver's demonym or possessive marks as the giver's: "Kazakhstan embraced Chinese
/// investment", "Kazakhstan relies heavily on Chinese investment", "Pakistan took Chinese loans", "Djibouti's reliance on
/// Chinese financing" → the giver INVESTS_IN, FUNDS or PROVIDES_AID_TO the recipient. The verb (or noun) of receiving is
/// one of the <c>receiving</c> cues; the noun after the giver is the first word of a nominal trigger of a predicate
/// marked <see cref="PredicateDefinition.FrontedPlace"/>, the predicates whose object is the party that receives
/// ("investment in", "aid to", "loans to"). The recipient is the verb's subject, or the possessor of the noun of
/// receiving. One instance per reader; not thread-safe.
/// </summary>
internal sealed class ReceivedReader
{
    private const int MaxFillers = 3;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private readonly Dictionary<string, (PredicateDefinition Predicate, Trigger Trigger)> byNoun = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Argument> recipients = [];

    public ReceivedReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        this.subjectFinder = subjectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (!predicate.FrontedPlace)
            {
                continue;
            }

            foreach (string noun in predicate.Nouns)
            {
                string head = noun.Split(' ')[0];
                byNoun.TryAdd(head, (predicate, new Trigger([head], TriggerKind.Noun, predicate, null)));
            }
        }
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (byNoun.Count == 0)
        {
            return;
        }

        for (int i = view.First; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0)
            {
                continue;
            }

            int at = Receiving(view, i);
            if (at < 0)
            {
                continue;
            }

            for (int n = 0; n < MaxFillers && view.MentionIndexAt(at) < 0 && cues.Fillers.StartsAt(view, at) && !byNoun.ContainsKey(view.Word(at).ToString()); n++)
            {
                at++;
            }

            int giver = view.MentionIndexAt(at);
            if (giver < 0 || view.MentionFirst(giver) != at || view.IsPossessivePronoun(giver)
                || !(view.Mention(giver).Kind == MentionKind.Demonym || view.IsPossessive(giver)))
            {
                continue;
            }

            int noun = view.AfterMention(giver);
            while (noun < view.End && noun - view.AfterMention(giver) < MaxFillers && view.MentionIndexAt(noun) < 0 && cues.Fillers.StartsAt(view, noun) && !byNoun.ContainsKey(view.Word(noun).ToString()))
            {
                noun++;
            }

            if (noun >= view.End || view.MentionIndexAt(noun) >= 0 || !byNoun.TryGetValue(view.Word(noun).ToString(), out var found))
            {
                continue;
            }

            Recipients(view, i);
            foreach (Argument recipient in recipients)
            {
                output.Add((new ClaimCandidate(giver, recipient.Mention, 0.8f * recipient.Weight, i, i, null), found.Trigger, noun));
            }

            i = noun;
        }
    }

    /// <summary>
    /// The token after a verb or noun of receiving at <paramref name="i"/>, with one adverb of <c>receiving_adverbs</c>
    /// allowed after its first word ("relies heavily on"); -1 when none starts there.
    /// </summary>
    private int Receiving(SentenceView view, int i)
    {
        int length = cues.Receiving.LongestAt(view, i);
        if (length > 0)
        {
            return i + length;
        }

        // "relies heavily on" read as "relies on": the verb's word, then the word after the adverb.
        if (cues.ReceivingAdverbs.LongestAt(view, i + 1) is > 0 and var adverb && Joined(view, i, i + 1 + adverb))
        {
            return i + 2 + adverb;
        }

        return -1;
    }

    /// <summary>True when the word at <paramref name="verb"/> and the one at <paramref name="prep"/> together are a two-word <c>receiving</c> cue.</summary>
    private bool Joined(SentenceView view, int verb, int prep)
    {
        foreach (string phrase in cues.ReceivingPhrases)
        {
            int space = phrase.IndexOf(' ');
            if (space > 0 && phrase.IndexOf(' ', space + 1) < 0 && view.Word(verb).Equals(phrase.AsSpan(0, space), StringComparison.OrdinalIgnoreCase)
                && view.Word(prep).Equals(phrase.AsSpan(space + 1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The possessor right before a noun of receiving ("Djibouti's reliance on"), else the subject of the verb.</summary>
    private void Recipients(SentenceView view, int verb)
    {
        recipients.Clear();
        int possessor = SubjectFinder.EndingAt(view, verb - 1);
        if (possessor >= 0 && view.IsPossessive(possessor) && !view.IsPossessivePronoun(possessor))
        {
            recipients.Add(new Argument(possessor, 1f));
            return;
        }

        subjectFinder.Find(view, verb, recipients, out _);
    }
}
