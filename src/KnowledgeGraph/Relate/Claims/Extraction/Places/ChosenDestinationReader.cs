using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A place chosen for a person's visit: a verb of choosing (<c>choosing</c> cues), a country or place, a destination
/// phrase (<c>destination_phrases</c>: "for", "the site of") and the possessive of the traveller before the head of a
/// VISITS noun ("visit to" → visit, "trip to" → trip): "Xi Jinping's decision to make Central Asia the site of his first
/// foreign visit", "President Xi Jinping's decision to pick Central Asia for his first foreign trip" → Xi Jinping
/// VISITS Central Asia. The traveller is the possessive ("his", resolved by coreference, or a named possessor). One
/// instance per reader; not thread-safe.
/// </summary>
internal sealed class ChosenDestinationReader
{
    private const int MaxFillers = 4;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? visits;
    private readonly PhraseIndex<string> nouns;

    public ChosenDestinationReader(PredicateLexicon lexicon)
    {
        cues = lexicon.Cues;
        visits = lexicon.Find("VISITS");
        nouns = VisitNouns.Heads(visits);
    }

    /// <summary>
    /// The first words of the verbs of choosing: every claim this reader finds has one right before the place, so a
    /// sentence with none of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => cues.Choosing.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (visits is null)
        {
            return;
        }

        for (int place = 0; place + 1 < view.MentionCount; place++)
        {
            Mention mention = view.Mention(place);
            int verb = view.MentionFirst(place) - 1;
            if (mention.Entity.Type is not (EntityType.Country or EntityType.Place) || mention.Kind == MentionKind.Demonym
                || view.IsPossessive(place) || cues.Choosing.LongestAt(view, verb) != 1)
            {
                continue;
            }

            int phrase = view.AfterMention(place);
            int length = cues.DestinationPhrases.LongestAt(view, phrase);
            int traveller = length > 0 ? view.MentionIndexAt(phrase + length) : -1;
            if (traveller < 0 || view.MentionFirst(traveller) != phrase + length
                || !(view.IsPossessivePronoun(traveller) || view.IsPossessive(traveller)) || view.Mention(traveller).Entity.Type == EntityType.Place)
            {
                continue;
            }

            int noun = view.AfterMention(traveller);
            for (int n = 0; n < MaxFillers && noun < view.End && nouns.LongestAt(view, noun) == 0 && view.MentionIndexAt(noun) < 0
                && (cues.Fillers.StartsAt(view, noun) || VerbShapes.IsLowerWord(view, noun) && view.Word(noun).Contains('-')); n++)
            {
                noun++;
            }

            if (nouns.LongestAt(view, noun) == 0)
            {
                continue;
            }

            output.Add((new ClaimCandidate(traveller, place, 0.8f, verb, noun, null), Trigger.OfWord(view, noun, TriggerKind.Noun, visits), noun));
        }
    }
}
