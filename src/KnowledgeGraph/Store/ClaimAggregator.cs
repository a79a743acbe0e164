namespace KnowledgeGraph.Store;

/// <summary>
/// Derives claims from their evidence: the triple and negation from the evidence, hedged only when every sentence
/// hedges, confidence the highest, and source, time and qualifier from the first evidence (by file, line, offset,
/// article id) that gives one. A touched claim always takes the build's revision, since its evidence list changed; a
/// claim left without evidence is deleted and tombstoned. Set-wise: the touched claims go into a temp table (every
/// claim, when the whole store is settled, without passing through memory) and a handful of statements settle them
/// all, whatever their number.
/// </summary>
internal static class ClaimAggregator
{
    private const string FirstGiven =
        "(SELECT x.{0} FROM claim_evidence x JOIN articles a ON a.seq = x.article_id WHERE x.claim_id = e.claim_id AND x.{0} IS NOT NULL ORDER BY x.file, x.line, x.start, a.id LIMIT 1)";

    private const string HasEvidence = "EXISTS (SELECT 1 FROM claim_evidence e WHERE e.claim_id = t.k)";

    public static (long Added, long Removed) Refresh(StoreTransaction tx, IReadOnlyCollection<long> claims, bool all)
    {
        if (!all && claims.Count == 0)
        {
            return (0, 0);
        }

        Temp.Load(tx, "touched_claims", claims);
        if (all)
        {
            long before = tx.Changes;
            tx.Execute("INSERT OR IGNORE INTO touched_claims(k) SELECT claim_id FROM claim_evidence UNION SELECT id FROM claims");
            tx.Discount(tx.Changes - before);
        }

        long added = (long)tx.Scalar($"SELECT count(*) FROM touched_claims t WHERE {HasEvidence} AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = t.k)")!;
        tx.Execute(
            $"""
            INSERT INTO tombstones(kind, key, revision) SELECT 'claim', kg_hex(t.k), $p0 FROM touched_claims t WHERE NOT {HasEvidence}
            ON CONFLICT(kind, key) DO UPDATE SET revision = excluded.revision
            """,
            tx.Revision);
        long removed = tx.Execute(
            "DELETE FROM claims WHERE id IN (SELECT k FROM touched_claims) AND NOT EXISTS (SELECT 1 FROM claim_evidence e WHERE e.claim_id = claims.id)");
        tx.Execute(
            $"""
            INSERT INTO claims(id, subject, predicate, predicate_class, object, negated, hedged, source, time, qualifier, confidence, revision)
            SELECT e.claim_id, e.subject, e.predicate, e.predicate_class, e.object, e.negated, min(e.hedged),
                {string.Format(System.Globalization.CultureInfo.InvariantCulture, FirstGiven, "source")},
                {string.Format(System.Globalization.CultureInfo.InvariantCulture, FirstGiven, "time")},
                {string.Format(System.Globalization.CultureInfo.InvariantCulture, FirstGiven, "qualifier")},
                max(e.confidence), $p0
            FROM touched_claims t JOIN claim_evidence e ON e.claim_id = t.k
            WHERE true
            GROUP BY e.claim_id
            ON CONFLICT(id) DO UPDATE SET predicate_class = excluded.predicate_class, hedged = excluded.hedged,
                source = excluded.source, time = excluded.time, qualifier = excluded.qualifier,
                confidence = excluded.confidence, revision = excluded.revision
            """,
            tx.Revision);
        if (tx.Scalar("SELECT 1 FROM tombstones WHERE kind = 'claim' LIMIT 1") is not null)
        {
            tx.Execute("DELETE FROM tombstones WHERE kind = 'claim' AND key IN (SELECT kg_hex(t.k) FROM touched_claims t JOIN claims c ON c.id = t.k)");
        }

        return (added, removed);
    }
}
