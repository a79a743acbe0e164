using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Eval;

/// <summary>
/// Gives a gold entity annotated by name only (the gazetteer lacked it when the set was annotated) the id of the
/// curated entity that now holds that name: same type, and the name equal to the entity's canonical name or to one
/// of its aliases without a `when:` rule, compared as discovered names are merged (case, diacritics, hyphens).
/// Without this, adding a correct entry to the gazetteer would turn a hit into a false positive and a false negative.
/// A name two curated entities of that type share is left as annotated.
/// </summary>
internal static class GoldKeyResolver
{
    public static IReadOnlyList<AnnotatedParagraph> Resolve(IReadOnlyList<AnnotatedParagraph> gold, IEnumerable<Entity> curated)
    {
        var byName = new Dictionary<(EntityType, string), string?>();
        foreach (Entity entity in curated)
        {
            foreach (string name in entity.Aliases.Where(a => a.When.Count == 0).Select(a => a.Text).Prepend(entity.Name))
            {
                var key = (entity.Type, DiscoveredNames.MergeKey(name, entity.Type));
                byName[key] = byName.TryGetValue(key, out string? other) && other != entity.Id ? null : entity.Id;
            }
        }

        return gold.Select(p => p with { Entities = p.Entities.Select(e => Curated(e, byName)).ToList() }).ToList();
    }

    private static GoldEntity Curated(GoldEntity entity, Dictionary<(EntityType, string), string?> byName) =>
        entity.Id is null && byName.GetValueOrDefault((entity.Type, DiscoveredNames.MergeKey(entity.Name, entity.Type))) is { } id
            ? entity with { Id = id }
            : entity;
}
