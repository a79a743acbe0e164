using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A trip named by where it goes: a country's or region's name or demonym right before the head of a VISITS noun ("visit
/// to" → visit, "trip to" → trip, "tour of" → tour), after the traveller's possessive ("Xi Jinping began his four-nation
/// African tour", "Wang Yi wrapped up his Africa tour") or after an article and a verb whose subject travels ("Tillerson
/// spoke hours before leaving on a five-country African trip", "Lavrov is on an African tour") → the traveller VISITS the
/// place. Up to four words of a count or modifier ("five-country", "first") may stand before the place. One instance per
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

    /// <summary>A word of a count or modifier before the place: a number, a hyphen, or a lower-case word ("five-country", "first").</summary>
    private static bool IsModifier(SentenceView view, int i) =>
        view.Token(i).Kind == TokenKind.Number || view.Is(i, "-") || VerbShapes.IsLowerWord(view, i) && !view.Is(i, "a") && !view.Is(i, "an") && !view.Is(i, "the");
}
