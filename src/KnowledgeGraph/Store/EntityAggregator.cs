namespace KnowledgeGraph.Store;

/// <summary>
/// Derives one entity row from its observations: name, type, subtype and curated aliases from the observation of the
/// smallest article id (they come from the same gazetteer entry, so any would do; the choice only has to be
/// order-free), confidence the highest seen, aliases plus every learned alias, mentions the distinct mention offsets.
/// </summary>
internal static class EntityAggregator
{
    public static void Refresh(StoreTransaction tx, string entity)
    {
        var seen = tx.List(
            "SELECT name, type, subtype, aliases, discovered FROM observations WHERE entity_id = $p0 ORDER BY article_id LIMIT 1",
            r => (Name: r.GetString(0), Type: r.GetString(1), Subtype: r.IsDBNull(2) ? null : r.GetString(2), Aliases: r.GetString(3), Discovered: r.GetInt64(4)),
            entity);
        if (seen.Count == 0)
        {
            tx.Execute("DELETE FROM entities WHERE id = $p0", entity);
            AggregateRefresher.Settle(tx, "entity", entity, exists: false);
            return;
        }

        var first = seen[0];
        double confidence = Convert.ToDouble(tx.Scalar("SELECT max(confidence) FROM observations WHERE entity_id = $p0", entity), System.Globalization.CultureInfo.InvariantCulture);
        long mentions = (long)(tx.Scalar("SELECT count(*) FROM (SELECT DISTINCT paragraph_id, start, end FROM mentions WHERE entity_id = $p0)", entity) ?? 0L);
        var aliases = new SortedSet<string>(first.Aliases.Length == 0 ? [] : first.Aliases.Split('\n'), StringComparer.Ordinal);
        aliases.UnionWith(tx.List("SELECT DISTINCT alias FROM learned_aliases WHERE entity_id = $p0", r => r.GetString(0), entity));
        aliases.Remove(first.Name);
        tx.Execute(
            """
            INSERT INTO entities(id, name, type, subtype, aliases, discovered, confidence, mentions, revision)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, subtype = excluded.subtype,
                aliases = excluded.aliases, discovered = excluded.discovered, confidence = excluded.confidence,
                mentions = excluded.mentions, revision = excluded.revision
            WHERE entities.name IS NOT excluded.name OR entities.type IS NOT excluded.type OR entities.subtype IS NOT excluded.subtype
               OR entities.aliases IS NOT excluded.aliases OR entities.discovered IS NOT excluded.discovered
               OR entities.confidence IS NOT excluded.confidence OR entities.mentions IS NOT excluded.mentions
            """,
            entity, first.Name, first.Type, first.Subtype, string.Join('\n', aliases), first.Discovered, confidence, mentions, tx.Revision);
        AggregateRefresher.Settle(tx, "entity", entity, exists: true);
    }
}
