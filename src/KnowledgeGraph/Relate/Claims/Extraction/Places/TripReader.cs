using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A trip named by where it goes: a country's or region's name or demonym right before the head of a VISITS noun ("visit
/// to" → visit, "trip to" → trip, "tour of" → tour), after the traveller's possessive ("Xi Jinping began his four-nation
/// African tour", "Wang Yi wrapped up his Africa tour") or after an article and a verb whose subject travels ("Tillerson
/// spoke hours before leaving on a five-country African trip", "Lavrov is on an African tour") → the traveller VISITS the
/// place. Up to four words of a count or modifier ("five-country", "first") may stand before the place. A trip written
/// with its preposition after "during" or "on" ("said during a visit to Bishkek") is the clause subject's. One instance per
/// reader; not thread-safe.
/// </summary>
internal sealed class TripReader
{
    private const int MaxModifiers = 4;
    private readonly SubjectFinder subjectFinder;
    private readonly PredicateDefinition? visits;
    private readonly PhraseIndex<string> nouns;
    private readonly List<Argument> travellers = [];

    public TripReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.subjectFinder = subjectFinder;
        visits = lexicon.Find("VISITS");
        nouns = VisitNouns.Heads(visits);
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (visits is null)
        {
            return;
        }

        for (int place = 0; place < view.MentionCount; place++)
        {
            // The rarer condition first: a trip noun right after the name.
            ReadDuring(view, place, visits, output);
            int noun = view.AfterMention(place);
            if (noun >= view.End || nouns.LongestAt(view, noun) != 1 || view.Mention(place).Entity.Type is not (EntityType.Country or EntityType.Place)
                || view.IsPossessive(place))
            {
                continue;
            }

            int k = view.MentionFirst(place) - 1;
            for (int n = 0; n < MaxModifiers && k >= view.First && view.MentionIndexAt(k) < 0 && IsModifier(view, k); n++)
            {
                k--;
            }

            travellers.Clear();
            int traveller = k >= view.First ? view.MentionIndexAt(k) : -1;
            if (traveller >= 0 && view.MentionLast(traveller) == k && (view.IsPossessivePronoun(traveller) || view.IsPossessive(traveller)))
            {
                travellers.Add(new Argument(traveller, 1f));
            }
            else if (view.Is(k, "a") || view.Is(k, "an"))
            {
                // "leaving on a … trip", "is on an African tour": the subject of the verb before the article (and "on").
                int verb = view.Is(k - 1, "on") ? k - 2 : k - 1;
                if (verb >= view.First && view.MentionIndexAt(verb) < 0 && VerbShapes.IsLowerWord(view, verb))
                {
                    subjectFinder.Find(view, verb, travellers, out _);
                }
            }

            foreach (Argument found in travellers)
            {
                if (view.Mention(found.Mention).Entity != view.Mention(place).Entity)
                {
                    output.Add((new ClaimCandidate(found.Mention, place, 0.8f * found.Weight, noun, noun, null), Trigger.OfWord(view, noun, TriggerKind.Noun, visits), noun));
                }
            }
        }
    }

    /// <summary>
    /// "Kaja Kallas said during a visit to Bishkek", "During a two-day trip to Kabul, Wang Yi met …": a VISITS noun
    /// with its preposition right before place <paramref name="place"/>, after "during" or "on", an indefinite article and
    /// up to <see cref="MaxModifiers"/> modifiers; the traveller is the subject of the verb right before "during", or,
    /// when the phrase opens the sentence, the name right after the comma that closes it.
    /// </summary>
    private void ReadDuring(SentenceView view, int place, PredicateDefinition visits, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        int first = view.MentionFirst(place);
        int prep = view.Is(first - 1, "the") ? first - 2 : first - 1;
        if (prep <= view.First || view.Mention(place).Entity.Type is not (EntityType.Country or EntityType.Place) || !GrammarWords.Prepositions.StartsAt(view, prep))
        {
            return;
        }

        int noun = -1;
        for (int start = prep - 1; start >= view.First && start >= prep - 2 && noun < 0; start--)
        {
            foreach (var (words, trigger) in view.TriggersAt(start) ?? [])
            {
                if (trigger.Predicate == visits && trigger.Kind == TriggerKind.Noun && start + words.Length == prep + 1 && view.WordsMatch(start, words))
                {
                    noun = start;
                    break;
                }
            }
        }

        int k = noun - 1;
        for (int n = 0; noun >= 0 && n < MaxModifiers && k > view.First && view.MentionIndexAt(k) < 0 && IsModifier(view, k); n++)
        {
            k--;
        }

        // "during a visit to Beijing by Shehbaz Sharif": the traveller named after "by" is not the clause's subject.
        if (noun < 0 || !(view.Is(k, "a") || view.Is(k, "an")) || !(view.Is(k - 1, "during") || view.Is(k - 1, "on")) || view.Is(view.AfterMention(place), "by"))
        {
            return;
        }

        travellers.Clear();
        int opener = k - 1;
        if (opener == view.First)
        {
            int comma = view.AfterMention(place);
            if (view.Is(comma, ",") && view.MentionIndexAt(comma + 1) is >= 0 and var named && view.MentionFirst(named) == comma + 1 && !view.IsPossessive(named))
            {
                travellers.Add(new Argument(named, 1f));
            }
        }
        else if (view.MentionIndexAt(opener - 1) < 0 && VerbShapes.IsLowerWord(view, opener - 1))
        {
            subjectFinder.Find(view, opener - 1, travellers, out _);
        }

        foreach (Argument found in travellers)
        {
            if (view.Mention(found.Mention).Entity != view.Mention(place).Entity)
            {
                output.Add((new ClaimCandidate(found.Mention, place, 0.8f * found.Weight, noun, noun, null), Trigger.OfWord(view, noun, TriggerKind.Noun, visits), noun));
            }
        }
    }

    /// <summary>A word of a count or modifier before the place: a number, a hyphen, or a lower-case word ("five-country", "first").</summary>
    private static bool IsModifier(SentenceView view, int i) =>
        view.Token(i).Kind == TokenKind.Number || view.Is(i, "-") || VerbShapes.IsLowerWord(view, i) && !view.Is(i, "a") && !view.Is(i, "an") && !view.Is(i, "the");
}
