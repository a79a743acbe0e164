using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Extraction.Building;

/// <summary>The country a place's mention may stand for, read from the capital's metonym reading in the gazetteer.</summary>
internal static class CapitalStates
{
    /// <summary>
    /// The country a capital stands for in a relation between states: "Beijing's closeness to Islamabad" relates China and
    /// Pakistan, though the resolver reads a capital after a preposition as the city. Only where the other party is a
    /// country or reads as one, and only through the capital's own metonym reading in the gazetteer; null otherwise.
    /// </summary>
    public static Entity? StateReading(Mention mention, Mention other)
    {
        if (mention.Entity.Type != EntityType.Place || CountryCandidate(mention) is not { } country)
        {
            return null;
        }

        return other.Entity.Type == EntityType.Country || CountryCandidate(other) is not null ? country : null;
    }

    /// <summary>
    /// The country a capital read as the city stands for ("signed in Dushanbe" → Tajikistan), through the capital's own
    /// metonym reading in the gazetteer; null when the mention is no such place.
    /// </summary>
    public static Entity? CapitalOf(Mention mention) =>
        mention.Entity.Type == EntityType.Place ? CountryCandidate(mention) : null;

    /// <summary>The country a mention names or, through a metonym reading, stands for; null when it has none.</summary>
    public static Entity? CountryCandidate(Mention mention)
    {
        foreach (MentionCandidate reading in mention.Candidates)
        {
            if (reading.Kind == MentionKind.Metonym && reading.Entity.Type == EntityType.Country)
            {
                return reading.Entity;
            }
        }

        return mention.Entity.Type == EntityType.Country ? mention.Entity : null;
    }
}
