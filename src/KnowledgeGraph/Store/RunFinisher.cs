using System.Globalization;
using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// The last transaction of a build. Location rows are made to match the run (its ledger, see <see cref="RunLedger"/>):
/// a stored location of a seen article is kept if it was seen again, or if its file was not read in this run (and,
/// with --prune, still exists); a stored location of an unseen article is dropped when its file was read (the article
/// left it) or, with --prune, is gone. An article left without locations is removed with its whole contribution.
/// Articles whose locations moved get their sentences', paragraphs' and evidence's file:line rewritten; then the
/// aggregates are settled and the hashes of the files read recorded. The comparison is set-wise, in SQL, between the
/// ledger and the stored rows of the relevant files (temp tables relevant_files, moved_articles, stale_locations):
/// nothing per article of the run is held in memory, only what the run removes.
/// </summary>
internal sealed class RunFinisher(GraphStore store, RunOutcome outcome, long revision)
{
    /// <summary>The ledger's row of a stored paragraph location (article by content id).</summary>
    private const string SeenParagraph =
        "SELECT 1 FROM run_paragraph_locations s WHERE s.article_id = a.id AND s.idx = pl.idx AND s.paragraph_id = pl.paragraph_id AND s.file = pl.file AND s.line = pl.line";

    /// <summary><paramref name="wroteBefore"/> says whether earlier batches wrote.</summary>
    public FinishResult Finish(bool wroteBefore)
    {
        using var tx = new StoreTransaction(store, revision);
        var keys = new AffectedKeys();
        List<string> files = RelevantFiles(tx);
        Temp.Load(tx, "relevant_files", files);
        Temp.Load(tx, "moved_articles", Array.Empty<long>());
        // Paragraph rows first: they are found through their articles' locations in the file, before those change.
        ReconcileParagraphs(tx);
        (int removed, int retitled) = ReconcileArticles(tx, keys);
        foreach (long seq in tx.List("SELECT m.k FROM moved_articles m JOIN articles a ON a.seq = m.k ORDER BY m.k", r => r.GetInt64(0)))
        {
            ArticleRelocator.Relocate(tx, seq);
        }

        if (!keys.IsEmpty)
        {
            AggregateRefresher.Refresh(tx, keys, settleAll: true, deleted: true);
        }

        AggregateChanges changes = AggregateSettler.Settle(tx, keys);
        bool changed = wroteBefore || tx.Changes > 0;
        StampFiles(tx, files.Concat(outcome.Plan.Unchanged));
        foreach (string file in outcome.Failed)
        {
            // An article of this file was left out: the next build must read the file again, whatever its bytes.
            tx.Execute("DELETE FROM files WHERE path = $p0", file);
        }

        if (changed)
        {
            store.SetMeta("revision", revision.ToString(CultureInfo.InvariantCulture), tx.Transaction);
        }

        tx.Commit();
        return new FinishResult(removed, retitled, changes, tx.Changes, changed);
    }

    /// <summary>Runs a statement that writes only temp tables (bookkeeping, not store rows).</summary>
    private static int Bookkeep(StoreTransaction tx, string sql, params object?[] values)
    {
        int changed = tx.Execute(sql, values);
        tx.Discount(changed);
        return changed;
    }

    /// <summary>
    /// The only files whose location rows can change: those read in this run, and with --prune those gone. Rows in
    /// other files (unchanged files that were skipped, files not named this time) are left alone without being read.
    /// Within these files no stored location is kept for its file's sake (<see cref="RunOutcome.Keeps"/> is false for
    /// every one of them), so a stored row stays exactly when the run saw it. A file with an article that failed is left
    /// alone too: what the run did not write must not cost the stored rows.
    /// </summary>
    private List<string> RelevantFiles(StoreTransaction tx)
    {
        var files = new SortedSet<string>(outcome.FilesRead.Where(file => !outcome.Failed.Contains(file)), StringComparer.Ordinal);
        if (outcome.Prune)
        {
            files.UnionWith(tx.List("SELECT DISTINCT file FROM article_locations", r => r.GetString(0)).Where(file => !outcome.Keeps(file)));
        }

        return [.. files];
    }

    /// <summary>Records the stamp of every file read or found unchanged in this run; forgets files pruned.</summary>
    private void StampFiles(StoreTransaction tx, IEnumerable<string> files)
    {
        foreach (string file in files)
        {
            if ((outcome.FilesRead.Contains(file) || outcome.Plan.Unchanged.Contains(file)) && outcome.Plan.Stamps.TryGetValue(file, out FileStamp stamp))
            {
                tx.Execute(
                    "INSERT INTO files(path, hash, size, mtime) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime = excluded.mtime WHERE hash <> excluded.hash OR size <> excluded.size OR mtime <> excluded.mtime",
                    file, stamp.Hash, stamp.Size, stamp.Modified);
            }
            else if (!outcome.FilesRead.Contains(file) && !outcome.Plan.Unchanged.Contains(file))
            {
                tx.Execute("DELETE FROM files WHERE path = $p0", file);
            }
        }
    }

    /// <summary>
    /// Paragraph locations in the relevant files (found through their articles' locations there): a stored row the run
    /// did not see goes, a row the run saw that is not stored comes in; either way its article moved.
    /// </summary>
    private static void ReconcileParagraphs(StoreTransaction tx)
    {
        Bookkeep(tx,
            $"""
            INSERT OR IGNORE INTO moved_articles(k)
            SELECT DISTINCT pl.article_id
            FROM relevant_files r
            JOIN article_locations al ON al.file = r.k
            JOIN paragraph_locations pl ON pl.article_id = al.article_id AND pl.file = r.k
            JOIN articles a ON a.seq = pl.article_id
            WHERE NOT EXISTS ({SeenParagraph})
            """);
        tx.Execute(
            """
            DELETE FROM paragraph_locations
            WHERE article_id IN (SELECT k FROM moved_articles)
              AND file IN (SELECT k FROM relevant_files)
              AND EXISTS (SELECT 1 FROM article_locations al WHERE al.article_id = paragraph_locations.article_id AND al.file = paragraph_locations.file)
              AND NOT EXISTS (
                  SELECT 1 FROM articles a JOIN run_paragraph_locations s ON s.article_id = a.id
                  WHERE a.seq = paragraph_locations.article_id AND s.idx = paragraph_locations.idx AND s.paragraph_id = paragraph_locations.paragraph_id
                    AND s.file = paragraph_locations.file AND s.line = paragraph_locations.line)
            """);
        Bookkeep(tx,
            """
            INSERT OR IGNORE INTO moved_articles(k)
            SELECT a.seq FROM run_paragraph_locations s JOIN articles a ON a.id = s.article_id
            WHERE NOT EXISTS (SELECT 1 FROM paragraph_locations pl WHERE pl.article_id = a.seq AND pl.idx = s.idx AND pl.file = s.file AND pl.line = s.line)
            """);
        tx.Execute(
            """
            INSERT OR IGNORE INTO paragraph_locations(article_id, idx, paragraph_id, file, line)
            SELECT a.seq, s.idx, s.paragraph_id, s.file, s.line
            FROM moved_articles m JOIN articles a ON a.seq = m.k JOIN run_paragraph_locations s ON s.article_id = a.id
            """);
    }

    /// <summary>
    /// Article locations in the relevant files: a stored row the run did not see goes, a row it saw that is not stored
    /// comes in (either way the article moved); an article the run did not see at all and left without locations is
    /// removed, counted as retitled when a new article of the run starts where it started.
    /// </summary>
    private static (int Removed, int Retitled) ReconcileArticles(StoreTransaction tx, AffectedKeys keys)
    {
        Bookkeep(tx, "CREATE TEMP TABLE IF NOT EXISTS stale_locations (article_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, PRIMARY KEY (article_id, file, line)) WITHOUT ROWID");
        Bookkeep(tx, "DELETE FROM stale_locations");
        Bookkeep(tx,
            """
            INSERT OR IGNORE INTO stale_locations(article_id, file, line)
            SELECT l.article_id, l.file, l.line
            FROM relevant_files r JOIN article_locations l ON l.file = r.k JOIN articles a ON a.seq = l.article_id
            WHERE NOT EXISTS (SELECT 1 FROM run_article_locations s WHERE s.article_id = a.id AND s.file = l.file AND s.line = l.line)
            """);
        Bookkeep(tx, "INSERT OR IGNORE INTO moved_articles(k) SELECT DISTINCT article_id FROM stale_locations");
        List<long> unseen = tx.List(
            """
            SELECT DISTINCT a.id FROM stale_locations st JOIN articles a ON a.seq = st.article_id
            WHERE NOT EXISTS (SELECT 1 FROM run_hashes h WHERE h.id = a.id)
            ORDER BY a.id
            """,
            r => r.GetInt64(0));
        tx.Execute("DELETE FROM article_locations WHERE (article_id, file, line) IN (SELECT article_id, file, line FROM stale_locations)");
        Bookkeep(tx,
            """
            INSERT OR IGNORE INTO moved_articles(k)
            SELECT a.seq FROM run_article_locations s JOIN articles a ON a.id = s.article_id
            WHERE NOT EXISTS (SELECT 1 FROM article_locations l WHERE l.article_id = a.seq AND l.file = s.file AND l.line = s.line)
            """);
        tx.Execute(
            """
            INSERT OR IGNORE INTO article_locations(article_id, file, line)
            SELECT a.seq, s.file, s.line
            FROM moved_articles m JOIN articles a ON a.seq = m.k JOIN run_article_locations s ON s.article_id = a.id
            """);

        int removed = 0, retitled = 0;
        foreach (long key in unseen)
        {
            // Only rows of the relevant files were compared: the article may live on in a file left alone.
            if (tx.Scalar("SELECT 1 FROM article_locations WHERE article_id = (SELECT seq FROM articles WHERE id = $p0)", key) is not null)
            {
                continue;
            }

            var at = tx.List("SELECT file, line FROM article_paragraphs WHERE article_id = (SELECT seq FROM articles WHERE id = $p0) ORDER BY idx LIMIT 1", r => (r.GetString(0), r.GetInt32(1)), key);
            ArticleWriter.Delete(tx, key, keys);
            // Same place, new id: the title was edited. Reported as one changed article, not removed + new.
            _ = at.Count > 0 && Bookkeep(tx, "DELETE FROM run_new WHERE file = $p0 AND line = $p1", at[0].Item1, at[0].Item2) > 0 ? retitled++ : removed++;
        }

        return (removed, retitled);
    }
}
