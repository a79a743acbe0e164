using System.Globalization;
using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// The last transaction of a build. Location rows are made to match the run: a stored location of a seen article is
/// kept if it was seen again, or if its file was not read in this run (and, with --prune, still exists); a stored
/// location of an unseen article is dropped when its file was read (the article left it) or, with --prune, is gone.
/// An article left without locations is removed with its whole contribution. Articles whose locations moved get their
/// sentences', paragraphs' and evidence's file:line rewritten, and the hashes of the files read are recorded.
/// </summary>
internal sealed class RunFinisher(GraphStore store, RunState run, BuildOptions options, BuildSummary summary, long revision, InputPlan plan)
{
    private readonly Dictionary<string, bool> exists = new(StringComparer.Ordinal);

    /// <summary>Returns true when the store changed. <paramref name="wroteBefore"/> says whether earlier batches wrote.</summary>
    public bool Finish(bool wroteBefore)
    {
        using var tx = new StoreTransaction(store, revision);
        var keys = new AffectedKeys();
        var moved = new HashSet<string>(StringComparer.Ordinal);
        List<string> files = RelevantFiles(tx);
        ReconcileArticles(tx, keys, moved, files);
        ReconcileParagraphs(tx, moved, files);
        foreach (string article in moved)
        {
            if (tx.Scalar("SELECT 1 FROM articles WHERE id = $p0", article) is not null)
            {
                ArticleRelocator.Relocate(tx, article);
            }
        }

        AggregateRefresher.Refresh(tx, keys);
        bool changed = wroteBefore || tx.Changes > 0;
        StampFiles(tx, files.Concat(plan.Unchanged));
        if (changed)
        {
            store.SetMeta("revision", revision.ToString(CultureInfo.InvariantCulture), tx.Transaction);
        }

        tx.Commit();
        summary.RowsWritten += tx.Changes;
        return changed;
    }

    /// <summary>
    /// The only files whose location rows can change: those read in this run, and with --prune those gone. Rows in
    /// other files (unchanged files that were skipped, files not named this time) are left alone without being read.
    /// </summary>
    private List<string> RelevantFiles(StoreTransaction tx)
    {
        var files = new SortedSet<string>(run.FilesRead, StringComparer.Ordinal);
        if (options.Prune)
        {
            files.UnionWith(tx.List("SELECT DISTINCT file FROM article_locations UNION SELECT DISTINCT file FROM paragraph_locations", r => r.GetString(0))
                .Where(file => !Keeps(file)));
        }

        return [.. files];
    }

    /// <summary>Records the stamp of every file read or found unchanged in this run; forgets files pruned.</summary>
    private void StampFiles(StoreTransaction tx, IEnumerable<string> files)
    {
        foreach (string file in files)
        {
            if ((run.FilesRead.Contains(file) || plan.Unchanged.Contains(file)) && plan.Stamps.TryGetValue(file, out FileStamp stamp))
            {
                tx.Execute(
                    "INSERT INTO files(path, hash, size, mtime) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime = excluded.mtime WHERE hash <> excluded.hash OR size <> excluded.size OR mtime <> excluded.mtime",
                    file, stamp.Hash, stamp.Size, stamp.Modified);
            }
            else if (!run.FilesRead.Contains(file) && !plan.Unchanged.Contains(file))
            {
                tx.Execute("DELETE FROM files WHERE path = $p0", file);
            }
        }
    }

    private void ReconcileArticles(StoreTransaction tx, AffectedKeys keys, HashSet<string> moved, List<string> files)
    {
        var stored = files.SelectMany(file => tx.List(
            "SELECT article_id, file, line FROM article_locations WHERE file = $p0", r => (Article: r.GetString(0), File: r.GetString(1), Line: r.GetInt32(2)), file)).ToList();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var unseen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in stored)
        {
            bool seen = run.ArticleLocations.TryGetValue(row.Article, out var locations);
            if ((seen && locations!.Contains((row.File, row.Line))) || Keeps(row.File))
            {
                kept.Add(row.Article);
                continue;
            }

            if (!seen)
            {
                unseen.Add(row.Article);
            }

            moved.Add(row.Article);
            tx.Execute("DELETE FROM article_locations WHERE article_id = $p0 AND file = $p1 AND line = $p2", row.Article, row.File, row.Line);
        }

        var storedSet = stored.Select(r => (r.Article, r.File, r.Line)).ToHashSet();
        foreach ((string article, var locations) in run.ArticleLocations)
        {
            foreach ((string file, int line) in locations)
            {
                if (!storedSet.Contains((article, file, line))
                    && tx.Execute("INSERT OR IGNORE INTO article_locations(article_id, file, line) SELECT $p0, $p1, $p2 WHERE EXISTS (SELECT 1 FROM articles WHERE id = $p0)", article, file, line) > 0)
                {
                    moved.Add(article);
                }
            }
        }

        unseen.ExceptWith(kept);
        foreach (string article in unseen)
        {
            // Only rows of the relevant files were loaded: the article may live on in a file left alone.
            if (tx.Scalar("SELECT 1 FROM article_locations WHERE article_id = $p0", article) is null)
            {
                Remove(tx, article, keys);
            }
        }
    }

    private void Remove(StoreTransaction tx, string article, AffectedKeys keys)
    {
        var at = tx.List("SELECT file, line FROM article_paragraphs WHERE article_id = $p0 ORDER BY idx LIMIT 1", r => (r.GetString(0), r.GetInt32(1)), article);
        ArticleWriter.Delete(tx, article, keys);
        if (at.Count > 0 && run.NewArticlesAt.Remove(at[0]))
        {
            // Same place, new id: the title was edited. Report it as one changed article, not removed + new.
            summary.New--;
            summary.Changed++;
            return;
        }

        summary.Removed++;
    }

    private void ReconcileParagraphs(StoreTransaction tx, HashSet<string> moved, List<string> files)
    {
        var stored = files.SelectMany(file => tx.List(
            "SELECT article_id, idx, paragraph_id, file, line FROM paragraph_locations WHERE file = $p0",
            r => (Article: r.GetString(0), Index: r.GetInt32(1), Paragraph: r.GetString(2), File: r.GetString(3), Line: r.GetInt32(4)), file)).ToList();
        var storedSet = new HashSet<(string, int, string, int)>();
        foreach (var row in stored)
        {
            storedSet.Add((row.Article, row.Index, row.File, row.Line));
            bool seen = run.ParagraphLocations.TryGetValue(row.Article, out var locations);
            if ((seen && locations!.Contains((row.Index, row.Paragraph, row.File, row.Line))) || Keeps(row.File))
            {
                continue;
            }

            moved.Add(row.Article);
            tx.Execute(
                "DELETE FROM paragraph_locations WHERE article_id = $p0 AND idx = $p1 AND file = $p2 AND line = $p3",
                row.Article, row.Index, row.File, row.Line);
        }

        foreach ((string article, var locations) in run.ParagraphLocations)
        {
            foreach ((int index, string paragraph, string file, int line) in locations)
            {
                if (!storedSet.Contains((article, index, file, line))
                    && tx.Execute(
                        "INSERT OR IGNORE INTO paragraph_locations(article_id, idx, paragraph_id, file, line) SELECT $p0, $p1, $p2, $p3, $p4 WHERE EXISTS (SELECT 1 FROM articles WHERE id = $p0)",
                        article, index, paragraph, file, line) > 0)
                {
                    moved.Add(article);
                }
            }
        }
    }

    /// <summary>A location in a file not read in this run stays, unless --prune and the file is gone.</summary>
    private bool Keeps(string file)
    {
        if (run.FilesRead.Contains(file))
        {
            return false;
        }

        if (!options.Prune)
        {
            return true;
        }

        if (!exists.TryGetValue(file, out bool found))
        {
            exists[file] = found = options.FileExists(file);
        }

        return found;
    }
}
