using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// Settles the aggregates a build touched (entities, co-mention edges, claims), once per build in its last
/// transaction: the keys noted in <c>pending</c> and those of the last transaction's own removals, or every key when
/// the build began on an empty store (meta <c>settle</c> = all). A build killed before settling leaves its pending
/// keys, or the flag, for the next one.
/// </summary>
internal static class AggregateSettler
{
    public const string SettleAllKey = "settle";

    public static AggregateChanges Settle(StoreTransaction tx, AffectedKeys more)
    {
        bool all = tx.Store.GetMeta(SettleAllKey, tx.Transaction) == "all";
        var entities = new HashSet<string>(more.Entities, StringComparer.Ordinal);
        var pairs = new HashSet<(string, string)>(more.Pairs);
        var claims = new HashSet<long>(more.Claims);
        if (all)
        {
            // Every key is settled: the aggregators take them from the tables, not from memory.
            CreateDeferredIndexes(tx);
        }
        else
        {
            using var row = tx.Query("SELECT kind, key FROM pending");
            while (row.Read())
            {
                string key = row.GetString(1);
                _ = row.GetString(0) switch
                {
                    "entity" => entities.Add(key),
                    "pair" => pairs.Add((key[..key.IndexOf('|', StringComparison.Ordinal)], key[(key.IndexOf('|', StringComparison.Ordinal) + 1)..])),
                    _ => claims.Add(StoreKeys.Of(key)),
                };
            }
        }

        (long entitiesAdded, long entitiesRemoved) = EntityAggregator.Refresh(tx, entities, all);
        (long edgesAdded, long edgesRemoved) = CoMentionAggregator.Refresh(tx, pairs, all);
        (long claimsAdded, long claimsRemoved) = ClaimAggregator.Refresh(tx, claims, all);
        tx.Execute("DELETE FROM definitions WHERE id NOT IN (SELECT definition FROM article_entities)");
        long before = tx.Changes;
        tx.Execute("DELETE FROM pending");
        tx.Execute("DELETE FROM meta WHERE key = $p0", SettleAllKey);
        tx.Discount(tx.Changes - before);
        return new AggregateChanges(entitiesAdded, entitiesRemoved, edgesAdded, edgesRemoved, claimsAdded, claimsRemoved);
    }

    /// <summary>Builds the indexes a bulk load went without (see <see cref="StoreSchema.DeferredIndexes"/>).</summary>
    public static void CreateDeferredIndexes(StoreTransaction tx)
    {
        foreach ((_, string sql) in StoreSchema.DeferredIndexes)
        {
            tx.Execute(sql);
        }
    }
}
