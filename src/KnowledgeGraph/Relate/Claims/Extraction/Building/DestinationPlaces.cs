using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Extraction.Building;

/// <summary>
/// The city a destination's mention names where the resolver read it as its state: a capital read by its metonym
/// ("visited Kabul and Islamabad", the second resolved to Pakistan) and a state's demonym or possessive before
/// "capital" ("visited the Afghan capital", "a delegation to Iran's capital") name the capital itself, as a party goes
/// to a place.
/// </summary>
internal static class DestinationPlaces
{
    private const string Capital = "capital";

    /// <summary>The capital mention <paramref name="m"/> names as a destination; null when it names its state or no capital.</summary>
    public static Entity? Place(SentenceView view, int m, Func<string, Entity?>? entities)
    {
        Mention mention = view.Mention(m);
        if (mention.Entity.Type != EntityType.Country)
        {
            return null;
        }

        if (mention.Kind == MentionKind.Metonym)
        {
            return CapitalCandidate(mention);
        }

        return mention.Kind is MentionKind.Demonym or MentionKind.Name && view.Is(view.AfterMention(m), Capital)
            && mention.Entity.Capital is { } capital && entities?.Invoke(capital) is { Type: EntityType.Place } place
            ? place
            : null;
    }

    /// <summary>The reading of a metonym's span as the capital of the state it stands for; null when it has none.</summary>
    private static Entity? CapitalCandidate(Mention mention)
    {
        foreach (MentionCandidate reading in mention.Candidates)
        {
            if (reading.Entity.Type == EntityType.Place && reading.Entity.Links.Any(link => link.Rel == "capital_of" && link.To == mention.Entity.Id))
            {
                return reading.Entity;
            }
        }

        return null;
    }
}
