using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Finds an entity by any of its names, case-insensitively: canonical name or any alias (learned ones included);
/// an exact id ("china", "d:place:mes-aynak-valley") always wins. A canonical name beats an alias; two entities
/// sharing the best match is an error (KG8002) listing both; no match is KG8001 with the closest names as suggestions.
/// </summary>
internal sealed class EntityResolver
{
    private readonly Dictionary<string, List<(EntityRecord Entity, bool Canonical)>> index = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntityRecord> byId = new(StringComparer.Ordinal);

    /// <summary>Indexes the names, aliases and ids of <paramref name="entities"/>.</summary>
    public EntityResolver(IEnumerable<EntityRecord> entities)
    {
        foreach (EntityRecord entity in entities)
        {
            byId[entity.Id] = entity;
            Add(entity.Name, entity, canonical: true);
            foreach (string alias in entity.Aliases)
            {
                Add(alias, entity, canonical: false);
            }
        }
    }

    /// <summary>The entity <paramref name="name"/> denotes.</summary>
    /// <exception cref="KgException">KG8001 (unknown) or KG8002 (ambiguous).</exception>
    public EntityRecord Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = name.Trim();
        if (byId.TryGetValue(key, out EntityRecord? exact))
        {
            return exact;
        }

        if (!index.TryGetValue(key, out List<(EntityRecord Entity, bool Canonical)>? candidates))
        {
            IReadOnlyList<string> close = Suggest(key);
            string hint = close.Count == 0 ? "" : $"; did you mean {string.Join(", ", close.Select(s => $"'{s}'"))}?";
            throw new KgException(ErrorCodes.EntityNotFound, $"no entity is named '{key}'{hint}");
        }

        var best = candidates.Any(c => c.Canonical) ? candidates.Where(c => c.Canonical).ToList() : candidates;
        if (best.Count == 1)
        {
            return best[0].Entity;
        }

        string list = string.Join("; ", best.Select(c => $"{c.Entity.Name} ({c.Entity.Type}, id {c.Entity.Id})"));
        throw new KgException(ErrorCodes.EntityAmbiguous, $"'{key}' names {best.Count} entities: {list}; use the id or a fuller name");
    }

    /// <summary>Up to five names or aliases within a small edit distance of <paramref name="key"/>, or containing it.</summary>
    public IReadOnlyList<string> Suggest(string key)
    {
        int allowed = Math.Max(2, key.Length / 4);
        return index.Keys
            .Select(k => (Key: k, Distance: EditDistance.Between(key.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(p => p.Distance <= allowed || (key.Length >= 2 && p.Key.Contains(key, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Distance).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => index[p.Key][0].Entity.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(5)
            .ToList();
    }

    private void Add(string form, EntityRecord entity, bool canonical)
    {
        if (string.IsNullOrWhiteSpace(form))
        {
            return;
        }

        if (!index.TryGetValue(form.Trim(), out List<(EntityRecord Entity, bool Canonical)>? list))
        {
            index[form.Trim()] = list = [];
        }

        int existing = list.FindIndex(c => c.Entity.Id == entity.Id);
        if (existing < 0)
        {
            list.Add((entity, canonical));
        }
        else if (canonical)
        {
            list[existing] = (entity, true);
        }
    }
}
