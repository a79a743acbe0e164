namespace KnowledgeGraph.Store;

/// <summary>
/// Recomputes, inside the batch transaction, the aggregates of every key a batch touched (paragraphs, sentences,
/// entities, mention counts, co-mention edges, claims) from the per-article facts, and settles tombstones: a key
/// whose last fact is gone is deleted and tombstoned, a key that exists again loses its tombstone. An aggregate whose
/// values did not change keeps its revision. Co-mention scores are left to <see cref="CoMentionScorer"/>.
/// </summary>
internal static class AggregateRefresher
{
    public static void Refresh(StoreTransaction tx, AffectedKeys keys)
    {
        foreach (string article in keys.Articles)
        {
            Settle(tx, "article", article, tx.Scalar("SELECT 1 FROM articles WHERE id = $p0", article) is not null);
        }

        foreach (string paragraph in keys.Paragraphs)
        {
            RefreshParagraph(tx, paragraph);
        }

        foreach (string sentence in keys.Sentences)
        {
            bool exists = tx.Execute("UPDATE sentences SET revision = $p1 WHERE id = $p0 AND revision <> $p1", sentence, tx.Revision) > 0
                || tx.Scalar("SELECT 1 FROM sentences WHERE id = $p0", sentence) is not null;
            Settle(tx, "sentence", sentence, exists);
        }

        foreach (string entity in keys.Entities)
        {
            EntityAggregator.Refresh(tx, entity);
        }

        foreach ((string entity, string article) in keys.MentionCounts)
        {
            bool exists = tx.Scalar("SELECT 1 FROM mention_counts WHERE entity_id = $p0 AND article_id = $p1", entity, article) is not null;
            Settle(tx, "mention", entity + "|" + article, exists);
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

    private static void RefreshParagraph(StoreTransaction tx, string paragraph)
    {
        string? role = tx.Scalar("SELECT role FROM article_paragraphs WHERE paragraph_id = $p0 ORDER BY article_id, idx LIMIT 1", paragraph) as string;
        if (role is null)
        {
            tx.Execute("DELETE FROM paragraphs WHERE id = $p0", paragraph);
            return;
        }

        tx.Execute("UPDATE paragraphs SET role = $p1, revision = $p2 WHERE id = $p0 AND role <> $p1", paragraph, role, tx.Revision);
    }
}
