namespace KnowledgeGraph.Store;

/// <summary>
/// Settles, inside the batch transaction, what a batch changed of per-article facts: a paragraph left without an
/// article is deleted and one whose first holder changed takes that holder's role; a sentence still present takes the
/// batch's revision (it may now be reported under another article); and a key whose last fact is gone is tombstoned,
/// one that exists again loses its tombstone. The aggregates' keys (entities, pairs, claims) are noted in
/// <c>pending</c> for <see cref="AggregateSettler"/>, unless the whole store is to be settled anyway.
/// </summary>
internal static class AggregateRefresher
{
    private const string FirstRole =
        "(SELECT ap.role FROM article_paragraphs ap JOIN articles a ON a.seq = ap.article_id WHERE ap.paragraph_id = paragraphs.id ORDER BY a.id, ap.idx LIMIT 1)";

    public static void Refresh(StoreTransaction tx, AffectedKeys keys, bool settleAll, bool deleted)
    {
        Temp.Load(tx, "touched_paragraphs", keys.Paragraphs);
        tx.Execute("DELETE FROM paragraphs WHERE id IN (SELECT k FROM touched_paragraphs) AND NOT EXISTS (SELECT 1 FROM article_paragraphs ap WHERE ap.paragraph_id = paragraphs.id)");
        tx.Execute($"UPDATE paragraphs SET role = {FirstRole}, revision = $p0 WHERE id IN (SELECT k FROM touched_paragraphs) AND role IS NOT {FirstRole}", tx.Revision);
        bool tombstones = tx.Scalar("SELECT 1 FROM tombstones LIMIT 1") is not null;
        if (deleted)
        {
            // A sentence kept by another article may now be reported under it.
            PreparedStatement stamp = tx.Statement("UPDATE sentences SET revision = ?2 WHERE paragraph_id = ?1 AND revision <> ?2");
            foreach (long paragraph in keys.Paragraphs)
            {
                tx.Run(stamp.Bind(1, paragraph).Bind(2, tx.Revision));
            }
        }

        if (deleted || tombstones)
        {
            PreparedStatement article = tx.Statement("SELECT 1 FROM articles WHERE id = ?1");
            Tombstones.Settle(tx, "article", keys.Articles.Select(k => (StoreKeys.Hex(k), Exists(article.Bind(1, k)))));
            PreparedStatement sentence = tx.Statement("SELECT 1 FROM sentences WHERE paragraph_id = ?1 AND start = ?2");
            Tombstones.Settle(tx, "sentence", keys.Sentences.Select(s => (StoreKeys.Sentence(s.Paragraph, s.Start), Exists(sentence.Bind(1, s.Paragraph).Bind(2, s.Start)))));
            PreparedStatement mention = tx.Statement("SELECT 1 FROM articles a JOIN article_entities ae ON ae.article_id = a.seq WHERE a.id = ?1 AND ae.entity_id = ?2 AND ae.mentions > 0");
            Tombstones.Settle(tx, "mention", keys.MentionCounts.Select(m => (m.Entity + "|" + StoreKeys.Hex(m.Article), Exists(mention.Bind(1, m.Article).Bind(2, m.Entity)))));
        }

        if (settleAll)
        {
            return;
        }

        PreparedStatement pending = tx.Statement("INSERT OR IGNORE INTO pending(kind, key) VALUES (?1, ?2)");
        foreach (string entity in keys.Entities)
        {
            tx.Run(pending.Bind(1, "entity").Bind(2, entity));
        }

        foreach ((string a, string b) in keys.Pairs)
        {
            tx.Run(pending.Bind(1, "pair").Bind(2, a + "|" + b));
        }

        foreach (long claim in keys.Claims)
        {
            tx.Run(pending.Bind(1, "claim").Bind(2, StoreKeys.Hex(claim)));
        }
    }

    private static bool Exists(PreparedStatement query)
    {
        bool found = false;
        query.Each(_ => found = true);
        return found;
    }
}
