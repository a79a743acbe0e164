namespace KnowledgeGraph.Store;

/// <summary>
/// Derives claims from their evidence: the triple and negation from the evidence, hedged only when every sentence
/// hedges, confidence the highest, and source, time and qualifier from the first evidence (by file, line, offset)
/// that gives one. A touched claim always takes the build's revision, since its evidence list changed.
/// </summary>
internal static class ClaimAggregator
{
    public static (long Added, long Removed) Refresh(StoreTransaction tx, IReadOnlyCollection<long> claims)
    {
        long added = 0, removed = 0;
        foreach (long claim in claims)
        {
            bool existed = tx.Scalar("SELECT 1 FROM claims WHERE id = $p0", claim) is not null;
            var rows = tx.List(
                """
                SELECT subject, predicate, predicate_class, object, negated, min(hedged), max(confidence),
                    (SELECT source FROM claim_evidence WHERE claim_id = $p0 AND source IS NOT NULL ORDER BY file, line, start, (SELECT id FROM articles WHERE seq = article_id) LIMIT 1),
                    (SELECT time FROM claim_evidence WHERE claim_id = $p0 AND time IS NOT NULL ORDER BY file, line, start, (SELECT id FROM articles WHERE seq = article_id) LIMIT 1),
                    (SELECT qualifier FROM claim_evidence WHERE claim_id = $p0 AND qualifier IS NOT NULL ORDER BY file, line, start, (SELECT id FROM articles WHERE seq = article_id) LIMIT 1)
                FROM claim_evidence WHERE claim_id = $p0
                GROUP BY claim_id
                """,
                r => new object?[]
                {
                    r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetDouble(6),
                    r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9),
                },
                claim);
            string key = StoreKeys.Hex(claim);
            if (rows.Count == 0)
            {
                removed += tx.Execute("DELETE FROM claims WHERE id = $p0", claim);
                Tombstones.Settle(tx, "claim", [(key, false)]);
                continue;
            }

            added += existed ? 0 : 1;
            object?[] v = rows[0];
            tx.Execute(
                """
                INSERT INTO claims(id, subject, predicate, predicate_class, object, negated, hedged, source, time, qualifier, confidence, revision)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)
                ON CONFLICT(id) DO UPDATE SET predicate_class = excluded.predicate_class, hedged = excluded.hedged,
                    source = excluded.source, time = excluded.time, qualifier = excluded.qualifier,
                    confidence = excluded.confidence, revision = excluded.revision
                """,
                claim, v[0], v[1], v[2], v[3], v[4], v[5], v[7], v[8], v[9], v[6], tx.Revision);
            Tombstones.Settle(tx, "claim", [(key, true)]);
        }

        return (added, removed);
    }
}
