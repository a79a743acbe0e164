using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Which curated places cannot lie in which, by the gazetteer's place links (<see cref="PlaceChain"/>): a place holding
/// another is neither PART_OF nor BASED_IN it, and a continent or region whose links reach no country lies in no country
/// ("his annual Africa tour in Eritrea" places no Africa in Eritrea). The gazetteer does not change while a reader
/// lives, so each pair is walked once. One instance per reader; not thread-safe.
/// </summary>
internal sealed class PlaceNesting
{
    /// <summary>
    /// Gazetteer subtypes of areas larger than states, and of seas and ranges: one lies in no country unless its links say
    /// so ("Situated in the center of the Mediterranean, Malta's islands" places no sea in Malta).
    /// </summary>
    private static readonly string[] Areas = [EntitySubtypes.Continent, EntitySubtypes.Region, EntitySubtypes.Geographic];
    private readonly Func<string, Entity?> entities;
    private readonly Dictionary<(string Outer, string Inner), bool> known = [];

    public PlaceNesting(Func<string, Entity?> entities) => this.entities = entities;

    /// <summary>
    /// True when <paramref name="outer"/> cannot lie in <paramref name="inner"/>: the gazetteer puts <paramref name="inner"/>
    /// inside it, or <paramref name="outer"/> is a continent or region whose links reach no country and
    /// <paramref name="inner"/> is a country or lies in one.
    /// </summary>
    public bool Encloses(Entity outer, Entity inner)
    {
        if (outer.Type is not (EntityType.Place or EntityType.Country) || outer.IsDiscovered)
        {
            return false;
        }

        if (!known.TryGetValue((outer.Id, inner.Id), out bool encloses))
        {
            encloses = !inner.IsDiscovered && PlaceChain.Above(inner, entities).Exists(place => place.Id == outer.Id)
                || outer.Type == EntityType.Place && Array.IndexOf(Areas, outer.Subtype) >= 0 && !InCountry(outer)
                && (inner.Type == EntityType.Country || !inner.IsDiscovered && InCountry(inner));
            known[(outer.Id, inner.Id)] = encloses;
        }

        return encloses;
    }

    private bool InCountry(Entity place) => PlaceChain.Above(place, entities).Exists(above => above.Type == EntityType.Country);
}
