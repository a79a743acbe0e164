using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Finds an entity by any of its names, case-insensitively: canonical name or any alias (learned ones included);
/// an exact id ("china", "d:place:mes-aynak-valley") always wins. A canonical name beats an alias. Failing those, a
/// short name: whole words of a name or alias ("Xi" → Xi Jinping, "Tokayev" → Kassym-Jomart Tokayev), a curated
/// entity before a discovered one; this ranks above any spelling suggestion. Two entities sharing the best match is
/// an error (KG8002) listing them; no match is KG8001 with the closest names as suggestions.
/// </summary>
internal sealed class EntityResolver
{
    private readonly Dictionary<string, List<(EntityRecord Entity, bool Canonical)>> index = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntityRecord> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntityRecord>> byWords = new(StringComparer.OrdinalIgnoreCase);

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

            foreach (string form in entity.Aliases.Prepend(entity.Name))
            {
                AddWords(form, entity);
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

        if (!index.TryGetValue(key, out List<(EntityRecord Entity, bool Canonical)>? candidates) && Partial(key) is { } partial)
        {
            candidates = partial.Select(e => (e, true)).ToList();
        }

        if (candidates is null)
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

    /// <summary>Entities with <paramref name="key"/> as whole words of a name or alias; curated ones only when there are any; null when none.</summary>
    private List<EntityRecord>? Partial(string key)
    {
        if (!byWords.TryGetValue(string.Join(' ', Words(key)), out List<EntityRecord>? found))
        {
            return null;
        }

        List<EntityRecord> curated = found.Where(e => !e.Discovered).ToList();
        return (curated.Count > 0 ? curated : found).OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Indexes every run of whole words of <paramref name="form"/> shorter than the form itself.</summary>
    private void AddWords(string form, EntityRecord entity)
    {
        string[] words = Words(form);
        for (int from = 0; from < words.Length; from++)
        {
            for (int to = from + 1; to <= words.Length && to - from < words.Length; to++)
            {
                if (to - from == 1 && (words[from].Length < 2 || !char.IsUpper(words[from][0])))
                {
                    // A lone word must look like a name: not "of", "the", "al".
                    continue;
                }

                string key = string.Join(' ', words[from..to]);
                if (!byWords.TryGetValue(key, out List<EntityRecord>? list))
                {
                    byWords[key] = list = [];
                }

                if (!list.Contains(entity))
                {
                    list.Add(entity);
                }
            }
        }
    }

    private static string[] Words(string form) => form.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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
