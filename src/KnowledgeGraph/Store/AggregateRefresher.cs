namespace KnowledgeGraph.Store;

/// <summary>
/// Recomputes, inside the batch transaction, the aggregates of every key a batch touched (paragraphs, sentences,
/// entities, mention counts, co-mention edges, claims) from the per-article facts, and settles tombstones: a key
/// whose last fact is gone is deleted and tombstoned, a key that exists again loses its tombstone. An aggregate whose
/// values did not change keeps its revision. The high-volume keys (articles, paragraphs, sentences, mention counts)
/// are settled set-wise through temp tables, a few statements per batch whatever its size.
/// </summary>
internal static class AggregateRefresher
{
    private const string FirstRole = "(SELECT ap.role FROM article_paragraphs ap WHERE ap.paragraph_id = paragraphs.id ORDER BY ap.article_id, ap.idx LIMIT 1)";

    public static void Refresh(StoreTransaction tx, AffectedKeys keys)
    {
        Load(tx, "touched_articles", keys.Articles);
        SettleSet(tx, "article", "SELECT k FROM touched_articles t WHERE {0} EXISTS (SELECT 1 FROM articles WHERE id = t.k)");
        Load(tx, "touched_paragraphs", keys.Paragraphs);
        tx.Execute("DELETE FROM paragraphs WHERE id IN (SELECT k FROM touched_paragraphs) AND NOT EXISTS (SELECT 1 FROM article_paragraphs ap WHERE ap.paragraph_id = paragraphs.id)");
        tx.Execute($"UPDATE paragraphs SET role = {FirstRole}, revision = $p0 WHERE id IN (SELECT k FROM touched_paragraphs) AND role IS NOT {FirstRole}", tx.Revision);
        Load(tx, "touched_sentences", keys.Sentences);
        // A sentence touched and still present may now be reported under another article: its rows take the revision.
        tx.Execute("UPDATE sentences SET revision = $p0 WHERE id IN (SELECT k FROM touched_sentences) AND revision <> $p0", tx.Revision);
        SettleSet(tx, "sentence", "SELECT k FROM touched_sentences t WHERE {0} EXISTS (SELECT 1 FROM sentences WHERE id = t.k)");
        Load(tx, "touched_mentions", keys.MentionCounts.Select(m => m.Entity + "|" + m.Article));
        SettleSet(tx, "mention", "SELECT k FROM touched_mentions t WHERE {0} EXISTS (SELECT 1 FROM mention_counts WHERE entity_id = substr(t.k, 1, instr(t.k, '|') - 1) AND article_id = substr(t.k, instr(t.k, '|') + 1))");
        foreach (string entity in keys.Entities)
        {
            EntityAggregator.Refresh(tx, entity);
        }

        foreach ((string a, string b) in keys.Pairs)
        {
            CoMentionAggregator.Refresh(tx, a, b);
        }

        foreach (string claim in keys.Claims)
        {
            ClaimAggregator.Refresh(tx, claim);
        }
    }

    /// <summary>Tombstones <paramref name="key"/> when the row is gone, clears its tombstone when it exists.</summary>
    public static void Settle(StoreTransaction tx, string kind, string key, bool exists)
    {
        if (exists)
        {
            tx.Execute("DELETE FROM tombstones WHERE kind = $p0 AND key = $p1", kind, key);
            return;
        }

        tx.Execute(
            "INSERT INTO tombstones(kind, key, revision) VALUES ($p0, $p1, $p2) ON CONFLICT(kind, key) DO UPDATE SET revision = excluded.revision",
            kind, key, tx.Revision);
    }

    private static void Load(StoreTransaction tx, string table, IEnumerable<string> keys)
    {
        long before = tx.Changes;
        tx.Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} (k TEXT PRIMARY KEY) WITHOUT ROWID");
        tx.Execute($"DELETE FROM {table}");
        tx.InsertRows($"INSERT OR IGNORE INTO {table}(k)", keys.Select(k => new object?[] { k }).ToList());
        tx.Discount(tx.Changes - before);
    }

    /// <summary><paramref name="select"/> lists the touched keys; "{0}" is replaced by "" (present) or "NOT" (gone).</summary>
    private static void SettleSet(StoreTransaction tx, string kind, string select)
    {
        tx.Execute($"DELETE FROM tombstones WHERE kind = $p0 AND key IN ({select.Replace("{0}", "", StringComparison.Ordinal)})", kind);
        tx.Execute(
            $"INSERT INTO tombstones(kind, key, revision) SELECT $p0, k, $p1 FROM ({select.Replace("{0}", "NOT", StringComparison.Ordinal)}) WHERE true ON CONFLICT(kind, key) DO UPDATE SET revision = excluded.revision",
            kind, tx.Revision);
    }
}
