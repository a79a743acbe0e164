namespace KnowledgeGraph.Store;

/// <summary>
/// Derives entity rows from the articles that name them: name, type, subtype and curated aliases from the definition
/// seen by the smallest article id (they come from the same gazetteer entry, so any would do; the choice only has to
/// be order-free), confidence the highest seen, aliases plus every learned alias, mentions the distinct mention
/// offsets (a paragraph read in two articles counts once). An entity no article names any more is deleted and
/// tombstoned. Set-wise: the touched keys go into a temp table (every entity, when the whole store is settled, without
/// passing through memory); one query reads them all, streamed into one upsert per entity.
/// </summary>
internal static class EntityAggregator
{
    private const string Named = "EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_id = t.k)";

    public static (long Added, long Removed) Refresh(StoreTransaction tx, IReadOnlyCollection<string> keys, bool all)
    {
        if (!all && keys.Count == 0)
        {
            return (0, 0);
        }

        Temp.Load(tx, "touched_entities", keys);
        if (all)
        {
            long before = tx.Changes;
            tx.Execute("INSERT OR IGNORE INTO touched_entities(k) SELECT entity_id FROM article_entities UNION SELECT id FROM entities UNION SELECT entity_id FROM learned_aliases");
            tx.Discount(tx.Changes - before);
        }

        long added = (long)tx.Scalar($"SELECT count(*) FROM touched_entities t WHERE {Named} AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = t.k)")!;
        tx.Execute(
            $"""
            INSERT INTO tombstones(kind, key, revision) SELECT 'entity', t.k, $p0 FROM touched_entities t WHERE NOT {Named}
            ON CONFLICT(kind, key) DO UPDATE SET revision = excluded.revision
            """,
            tx.Revision);
        long removed = tx.Execute(
            "DELETE FROM entities WHERE id IN (SELECT k FROM touched_entities) AND NOT EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_id = entities.id)");
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
        using (var row = tx.Query(
            """
            WITH firsts AS MATERIALIZED (
                SELECT t.k AS k,
                       (SELECT y.article_id FROM article_entities y JOIN articles a ON a.seq = y.article_id WHERE y.entity_id = t.k ORDER BY a.id LIMIT 1) AS first
                FROM touched_entities t)
            SELECT f.k, d.name, d.type, d.subtype, d.aliases, d.discovered,
                   (SELECT max(x.confidence) FROM article_entities x WHERE x.entity_id = f.k),
                   (SELECT count(*) FROM (SELECT DISTINCT m.paragraph_id, m.start, m.end FROM mentions m WHERE m.entity_id = f.k)),
                   (SELECT group_concat(alias, char(10)) FROM (SELECT DISTINCT l.alias FROM learned_aliases l WHERE l.entity_id = f.k))
            FROM firsts f
            JOIN article_entities ae ON ae.article_id = f.first AND ae.entity_id = f.k
            JOIN definitions d ON d.id = ae.definition
            """))
        {
            // Streamed: entities are written while their facts are read (another table), one entity at a time.
            while (row.Read())
            {
                string name = row.GetString(1);
                string curated = row.GetString(4);
                var aliases = new SortedSet<string>(curated.Length == 0 ? [] : curated.Split('\n'), StringComparer.Ordinal);
                if (!row.IsDBNull(8))
                {
                    aliases.UnionWith(row.GetString(8).Split('\n'));
                }

                aliases.Remove(name);
                tx.Run(upsert.Bind(1, row.GetString(0)).Bind(2, name).Bind(3, row.GetString(2)).Bind(4, row.IsDBNull(3) ? null : row.GetString(3))
                    .Bind(5, string.Join('\n', aliases)).Bind(6, row.GetInt64(5)).Bind(7, row.GetDouble(6)).Bind(8, row.GetInt64(7)).Bind(9, tx.Revision));
            }
        }

        tx.Execute("DELETE FROM tombstones WHERE kind = 'entity' AND key IN (SELECT t.k FROM touched_entities t JOIN entities e ON e.id = t.k)");
        return (added, removed);
    }
}
