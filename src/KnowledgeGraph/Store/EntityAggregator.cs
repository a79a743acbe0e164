namespace KnowledgeGraph.Store;

/// <summary>
/// Derives entity rows from the articles that name them: name, type, subtype and curated aliases from the definition
/// seen by the smallest article id (they come from the same gazetteer entry, so any would do; the choice only has to
/// be order-free), confidence the highest seen, aliases plus every learned alias, mentions the distinct mention
/// offsets (a paragraph read in two articles counts once). An entity no article names any more is deleted and
/// tombstoned. Set-wise: three queries for all the keys, then one upsert per key.
/// </summary>
internal static class EntityAggregator
{
    public static (long Added, long Removed) Refresh(StoreTransaction tx, IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return (0, 0);
        }

        Temp.Load(tx, "touched_entities", keys);
        var rows = tx.List(
            """
            WITH firsts AS MATERIALIZED (
                SELECT t.k AS k,
                       (SELECT y.article_id FROM article_entities y JOIN articles a ON a.seq = y.article_id WHERE y.entity_id = t.k ORDER BY a.id LIMIT 1) AS first
                FROM touched_entities t)
            SELECT f.k, d.name, d.type, d.subtype, d.aliases, d.discovered,
                   (SELECT max(x.confidence) FROM article_entities x WHERE x.entity_id = f.k),
                   (SELECT count(*) FROM (SELECT DISTINCT m.paragraph_id, m.start, m.end FROM mentions m WHERE m.entity_id = f.k))
            FROM firsts f
            JOIN article_entities ae ON ae.article_id = f.first AND ae.entity_id = f.k
            JOIN definitions d ON d.id = ae.definition
            """,
            r => (Id: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), Subtype: r.IsDBNull(3) ? null : r.GetString(3), Aliases: r.GetString(4),
                Discovered: r.GetInt64(5), Confidence: r.GetDouble(6), Mentions: r.GetInt64(7)));
        var learned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach ((string entity, string alias) in tx.List(
            "SELECT DISTINCT entity_id, alias FROM learned_aliases WHERE entity_id IN (SELECT k FROM touched_entities)", r => (r.GetString(0), r.GetString(1))))
        {
            (learned.TryGetValue(entity, out var list) ? list : learned[entity] = []).Add(alias);
        }

        var existing = tx.List("SELECT id FROM entities WHERE id IN (SELECT k FROM touched_entities)", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        PreparedStatement upsert = tx.Statement(
            """
            INSERT INTO entities(id, name, type, subtype, aliases, discovered, confidence, mentions, revision)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, subtype = excluded.subtype,
                aliases = excluded.aliases, discovered = excluded.discovered, confidence = excluded.confidence,
                mentions = excluded.mentions, revision = excluded.revision
            WHERE entities.name IS NOT excluded.name OR entities.type IS NOT excluded.type OR entities.subtype IS NOT excluded.subtype
               OR entities.aliases IS NOT excluded.aliases OR entities.discovered IS NOT excluded.discovered
               OR entities.confidence IS NOT excluded.confidence OR entities.mentions IS NOT excluded.mentions
            """);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            present.Add(row.Id);
            var aliases = new SortedSet<string>(row.Aliases.Length == 0 ? [] : row.Aliases.Split('\n'), StringComparer.Ordinal);
            aliases.UnionWith(learned.GetValueOrDefault(row.Id) ?? []);
            aliases.Remove(row.Name);
            tx.Run(upsert.Bind(1, row.Id).Bind(2, row.Name).Bind(3, row.Type).Bind(4, row.Subtype).Bind(5, string.Join('\n', aliases))
                .Bind(6, row.Discovered).Bind(7, row.Confidence).Bind(8, row.Mentions).Bind(9, tx.Revision));
        }

        PreparedStatement delete = tx.Statement("DELETE FROM entities WHERE id = ?1");
        var gone = keys.Where(k => !present.Contains(k)).ToList();
        foreach (string entity in gone)
        {
            tx.Run(delete.Bind(1, entity));
        }

        Tombstones.Settle(tx, "entity", keys.Select(k => (k, present.Contains(k))));
        return (present.Count(k => !existing.Contains(k)), gone.Count(existing.Contains));
    }
}
