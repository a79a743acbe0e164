using System.Globalization;
using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// The last transaction of a build. Location rows are made to match the run: a stored location of a seen article is
/// kept if it was seen again, or if its file was not read in this run (and, with --prune, still exists); a stored
/// location of an unseen article is dropped when its file was read (the article left it) or, with --prune, is gone.
/// An article left without locations is removed with its whole contribution. Articles whose locations moved get their
/// sentences', paragraphs' and evidence's file:line rewritten; then the aggregates are settled and the hashes of the
/// files read recorded.
/// </summary>
internal sealed class RunFinisher(GraphStore store, RunOutcome outcome, long revision)
{
    private RunState Run => outcome.Run;

    /// <summary><paramref name="wroteBefore"/> says whether earlier batches wrote.</summary>
    public FinishResult Finish(bool wroteBefore)
    {
        using var tx = new StoreTransaction(store, revision);
        var keys = new AffectedKeys();
        var moved = new HashSet<string>(StringComparer.Ordinal);
        List<string> files = RelevantFiles(tx);
        var paragraphRows = StoredParagraphLocations(tx, files);
        (int removed, int retitled) = ReconcileArticles(tx, keys, moved, files);
        ReconcileParagraphs(tx, moved, paragraphRows);
        foreach (string article in moved)
        {
            if (tx.Scalar("SELECT seq FROM articles WHERE id = $p0", StoreKeys.Of(article)) is long seq)
            {
                ArticleRelocator.Relocate(tx, seq);
            }
        }

        if (!keys.IsEmpty)
        {
            AggregateRefresher.Refresh(tx, keys, settleAll: true, deleted: true);
        }

        AggregateChanges changes = AggregateSettler.Settle(tx, keys);
        bool changed = wroteBefore || tx.Changes > 0;
        StampFiles(tx, files.Concat(outcome.Plan.Unchanged));
        if (changed)
        {
            store.SetMeta("revision", revision.ToString(CultureInfo.InvariantCulture), tx.Transaction);
        }

        tx.Commit();
        return new FinishResult(removed, retitled, changes, tx.Changes, changed);
    }

    /// <summary>
    /// The only files whose location rows can change: those read in this run, and with --prune those gone. Rows in
    /// other files (unchanged files that were skipped, files not named this time) are left alone without being read.
    /// </summary>
    private List<string> RelevantFiles(StoreTransaction tx)
    {
        var files = new SortedSet<string>(Run.FilesRead, StringComparer.Ordinal);
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
            if ((Run.FilesRead.Contains(file) || outcome.Plan.Unchanged.Contains(file)) && outcome.Plan.Stamps.TryGetValue(file, out FileStamp stamp))
            {
                tx.Execute(
                    "INSERT INTO files(path, hash, size, mtime) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime = excluded.mtime WHERE hash <> excluded.hash OR size <> excluded.size OR mtime <> excluded.mtime",
                    file, stamp.Hash, stamp.Size, stamp.Modified);
            }
            else if (!Run.FilesRead.Contains(file) && !outcome.Plan.Unchanged.Contains(file))
            {
                tx.Execute("DELETE FROM files WHERE path = $p0", file);
            }
        }
    }

    private (int Removed, int Retitled) ReconcileArticles(StoreTransaction tx, AffectedKeys keys, HashSet<string> moved, List<string> files)
    {
        var stored = files.SelectMany(file => tx.List(
            "SELECT a.id, l.file, l.line FROM article_locations l JOIN articles a ON a.seq = l.article_id WHERE l.file = $p0",
            r => (Article: StoreKeys.Hex(r.GetInt64(0)), File: r.GetString(1), Line: r.GetInt32(2)), file)).ToList();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var unseen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in stored)
        {
            bool seen = Run.ArticleLocations.TryGetValue(row.Article, out var locations);
            if ((seen && locations!.Contains((row.File, row.Line))) || outcome.Keeps(row.File))
            {
                kept.Add(row.Article);
                continue;
            }

            if (!seen)
            {
                unseen.Add(row.Article);
            }

            moved.Add(row.Article);
            tx.Execute("DELETE FROM article_locations WHERE article_id = (SELECT seq FROM articles WHERE id = $p0) AND file = $p1 AND line = $p2", StoreKeys.Of(row.Article), row.File, row.Line);
        }

        var storedSet = stored.Select(r => (r.Article, r.File, r.Line)).ToHashSet();
        foreach ((string article, var locations) in Run.ArticleLocations)
        {
            foreach ((string file, int line) in locations)
            {
                if (!storedSet.Contains((article, file, line))
                    && tx.Execute("INSERT OR IGNORE INTO article_locations(article_id, file, line) SELECT seq, $p1, $p2 FROM articles WHERE id = $p0", StoreKeys.Of(article), file, line) > 0)
                {
                    moved.Add(article);
                }
            }
        }

        unseen.ExceptWith(kept);
        int removed = 0, retitled = 0;
        foreach (string article in unseen)
        {
            // Only rows of the relevant files were loaded: the article may live on in a file left alone.
            long key = StoreKeys.Of(article);
            if (tx.Scalar("SELECT 1 FROM article_locations WHERE article_id = (SELECT seq FROM articles WHERE id = $p0)", key) is not null)
            {
                continue;
            }

            var at = tx.List("SELECT file, line FROM article_paragraphs WHERE article_id = (SELECT seq FROM articles WHERE id = $p0) ORDER BY idx LIMIT 1", r => (r.GetString(0), r.GetInt32(1)), key);
            ArticleWriter.Delete(tx, key, keys);
            // Same place, new id: the title was edited. Reported as one changed article, not removed + new.
            _ = at.Count > 0 && Run.NewArticlesAt.Remove(at[0]) ? retitled++ : removed++;
        }

        return (removed, retitled);
    }

    /// <summary>Paragraph locations in <paramref name="files"/>, found through their articles' locations there (read before those change).</summary>
    private static List<(string Article, int Index, string Paragraph, string File, int Line)> StoredParagraphLocations(StoreTransaction tx, List<string> files) =>
        files.SelectMany(file => tx.List(
            """
            SELECT a.id, pl.idx, pl.paragraph_id, pl.file, pl.line
            FROM (SELECT DISTINCT article_id FROM article_locations WHERE file = $p0) al
            JOIN paragraph_locations pl ON pl.article_id = al.article_id AND pl.file = $p0
            JOIN articles a ON a.seq = al.article_id
            """,
            r => (StoreKeys.Hex(r.GetInt64(0)), r.GetInt32(1), StoreKeys.Hex(r.GetInt64(2)), r.GetString(3), r.GetInt32(4)), file)).ToList();

    private void ReconcileParagraphs(StoreTransaction tx, HashSet<string> moved, List<(string Article, int Index, string Paragraph, string File, int Line)> stored)
    {
        var storedSet = new HashSet<(string, int, string, int)>();
        foreach (var row in stored)
        {
            storedSet.Add((row.Article, row.Index, row.File, row.Line));
            bool seen = Run.ParagraphLocations.TryGetValue(row.Article, out var locations);
            if ((seen && locations!.Contains((row.Index, row.Paragraph, row.File, row.Line))) || outcome.Keeps(row.File))
            {
                continue;
            }

            moved.Add(row.Article);
            tx.Execute(
                "DELETE FROM paragraph_locations WHERE article_id = (SELECT seq FROM articles WHERE id = $p0) AND idx = $p1 AND file = $p2 AND line = $p3",
                StoreKeys.Of(row.Article), row.Index, row.File, row.Line);
        }

        foreach ((string article, var locations) in Run.ParagraphLocations)
        {
            foreach ((int index, string paragraph, string file, int line) in locations)
            {
                if (!storedSet.Contains((article, index, file, line))
                    && tx.Execute(
                        "INSERT OR IGNORE INTO paragraph_locations(article_id, idx, paragraph_id, file, line) SELECT seq, $p1, $p2, $p3, $p4 FROM articles WHERE id = $p0",
                        StoreKeys.Of(article), index, StoreKeys.Of(paragraph), file, line) > 0)
                {
                    moved.Add(article);
                }
            }
        }
    }
}
