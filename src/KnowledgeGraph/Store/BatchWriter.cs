using System.Globalization;
using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// Writes one batch of articles in one transaction: replaced articles' old facts out, every article's facts in,
/// per-article keys settled, aggregate keys noted as pending. The first batch written to an empty store marks the
/// whole store for settling instead (meta <c>settle</c> = all): a bulk load then derives every aggregate once, at the
/// end, instead of once per batch.
/// </summary>
internal static class BatchWriter
{
    public static long Write(GraphStore store, IReadOnlyList<ArticleWrite> batch, string fingerprint, long revision, Action? beforeCommit)
    {
        using var tx = new StoreTransaction(store, revision);
        bool settleAll = store.GetMeta(AggregateSettler.SettleAllKey, tx.Transaction) == "all";
        if (!settleAll && tx.Scalar("SELECT 1 FROM articles LIMIT 1") is null)
        {
            store.SetMeta(AggregateSettler.SettleAllKey, "all", tx.Transaction);
            settleAll = true;
        }

        var keys = new AffectedKeys();
        bool deleted = false;
        foreach (ArticleWrite write in batch)
        {
            if (write.Facts is null)
            {
                tx.Execute("UPDATE articles SET fingerprint = $p1 WHERE id = $p0", StoreKeys.Of(write.ArticleId), fingerprint);
                continue;
            }

            if (write.Replaces)
            {
                ArticleWriter.Delete(tx, StoreKeys.Of(write.ArticleId), keys);
                deleted = true;
            }

            ArticleWriter.Insert(tx, write.Facts, fingerprint, keys);
        }

        if (!keys.IsEmpty)
        {
            AggregateRefresher.Refresh(tx, keys, settleAll, deleted);
            store.SetMeta("revision", revision.ToString(CultureInfo.InvariantCulture), tx.Transaction);
        }

        beforeCommit?.Invoke();
        tx.Commit();
        return tx.Changes;
    }
}
