using System.Globalization;
using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// One batch of articles in one transaction: replaced articles' old facts out, every article's facts in as it
/// arrives, per-article keys settled at commit, aggregate keys noted as pending. The first batch written to an empty
/// store marks the whole store for settling instead (meta <c>settle</c> = all): a bulk load then derives every
/// aggregate once, at the end, instead of once per batch.
/// </summary>
internal sealed class BatchWriter : IBatchWriter
{
    private readonly GraphStore store;
    private readonly string fingerprint;
    private readonly StoreTransaction tx;
    private readonly AffectedKeys keys = new();
    private readonly bool settleAll;
    private bool deleted;

    public BatchWriter(GraphStore store, string fingerprint, long revision)
    {
        this.store = store;
        this.fingerprint = fingerprint;
        tx = new StoreTransaction(store, revision);
        settleAll = store.GetMeta(AggregateSettler.SettleAllKey, tx.Transaction) == "all";
        if (!settleAll && tx.Scalar("SELECT 1 FROM articles LIMIT 1") is null)
        {
            store.SetMeta(AggregateSettler.SettleAllKey, "all", tx.Transaction);
            settleAll = true;
            foreach ((string name, _) in StoreSchema.DeferredIndexes)
            {
                tx.Execute($"DROP INDEX IF EXISTS {name}");
            }
        }
    }

    public void Write(ArticleWrite write)
    {
        if (write.Facts is null)
        {
            tx.Execute("UPDATE articles SET fingerprint = $p1 WHERE id = $p0", StoreKeys.Of(write.ArticleId), fingerprint);
            return;
        }

        if (write.Replaces)
        {
            ArticleWriter.Delete(tx, StoreKeys.Of(write.ArticleId), keys);
            deleted = true;
        }

        ArticleWriter.Insert(tx, write.Facts, fingerprint, keys);
    }

    public long Commit(Action? beforeCommit)
    {
        if (!keys.IsEmpty)
        {
            AggregateRefresher.Refresh(tx, keys, settleAll, deleted);
            store.SetMeta("revision", tx.Revision.ToString(CultureInfo.InvariantCulture), tx.Transaction);
        }

        beforeCommit?.Invoke();
        tx.Commit();
        return tx.Changes;
    }

    public void Dispose() => tx.Dispose();
}
