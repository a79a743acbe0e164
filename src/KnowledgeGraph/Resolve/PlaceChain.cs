using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// The places a curated entity lies in by its gazetteer links (part_of, based_in, capital_of), followed upwards through
/// places and stopping at the first country on each path, never further (not the continent).
/// </summary>
internal static class PlaceChain
{
    private const int MaxPlaces = 12;

    public static List<Entity> Above(Entity entity, Func<string, Entity?> entities)
    {
        var places = new List<Entity>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { entity.Id };
        var next = new Queue<Entity>([entity]);
        while (next.Count > 0 && places.Count < MaxPlaces)
        {
            foreach (EntityLink link in next.Dequeue().Links)
            {
                if (link.Rel is "part_of" or "based_in" or "capital_of" && seen.Add(link.To) && entities(link.To) is { } place)
                {
                    places.Add(place);
                    if (place.Type != EntityType.Country)
                    {
                        next.Enqueue(place);
                    }
                }
            }
        }

        return places;
    }
}
