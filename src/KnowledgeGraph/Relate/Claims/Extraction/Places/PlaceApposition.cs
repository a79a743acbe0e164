using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Whether a place written after another place and a comma may be the place the first lies in ("Cambridge,
/// Massachusetts"): when the gazetteer puts the first inside it ("Yiwu, Zhejiang") or puts a town and a province in the
/// same country ("Gwadar, Balochistan"), or when the first is a name no list holds and the second is no continent,
/// region or landform. A curated place whose links lead elsewhere is another item of a list ("Kabul, Kandahar"). A
/// country after the comma is the tree's reading (Dependency.StructureReader), not this one.
/// </summary>
internal sealed class PlaceApposition
{
    /// <summary>Gazetteer subtypes of places that hold no town by a comma: areas, landforms and sites.</summary>
    private static readonly string[] NoHolders = [EntitySubtypes.Continent, EntitySubtypes.Region, EntitySubtypes.Geographic, "site", "border_crossing", "military_base", "bloc"];
    private readonly Func<string, Entity?> entities;

    public PlaceApposition(Func<string, Entity?> entities) => this.entities = entities;

    public bool MayHold(Entity outer, Entity inner)
    {
        if (inner.Type != EntityType.Place || outer.Type != EntityType.Place || outer.Id == inner.Id)
        {
            return false;
        }

        if (!inner.IsDiscovered)
        {
            return !outer.IsDiscovered && (PlaceChain.Above(inner, entities).Exists(place => place.Id == outer.Id)
                || outer.Subtype == EntitySubtypes.Province && inner.Subtype is EntitySubtypes.City or EntitySubtypes.District && SameCountry(inner, outer));
        }

        return outer.IsDiscovered || Array.IndexOf(NoHolders, outer.Subtype) < 0;
    }

    private bool SameCountry(Entity inner, Entity outer)
    {
        Entity? country = PlaceChain.Above(outer, entities).Find(place => place.Type == EntityType.Country);
        return country is not null && PlaceChain.Above(inner, entities).Exists(place => place.Id == country.Id);
    }
}
