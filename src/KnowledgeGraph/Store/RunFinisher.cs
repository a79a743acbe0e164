using System.Globalization;

namespace KnowledgeGraph.Store;

/// <summary>
/// The last transaction of a build. Location rows are made to match the run: a stored location of a seen article is
/// kept if it was seen again, or if its file was not read in this run (and, with --prune, still exists); a stored
/// location of an unseen article is dropped when its file was read (the article left it) or, with --prune, is gone.
/// An article left without locations is removed with its whole contribution. Articles whose locations moved get their
/// sentences', paragraphs' and evidence's file:line rewritten. Finally co-mention scores are recomputed when the
/// store changed since they were last computed.
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
        StampFiles(tx, files);
        bool changed = wroteBefore || tx.Changes > 0;
        string? stored = store.GetMeta("revision", tx.Transaction);
        if (changed || store.GetMeta("scored_revision", tx.Transaction) != stored)
        {
            // Scores depend on corpus totals; a crash after a batch but before this point leaves them stale, hence the marker.
            CoMentionScorer.Rescore(tx);
            changed |= tx.Changes > 0;
        }

        string scored = changed ? revision.ToString(CultureInfo.InvariantCulture) : stored ?? "0";
        if (changed)
        {
            store.SetMeta("revision", scored, tx.Transaction);
        }

        if (store.GetMeta("scored_revision", tx.Transaction) != scored)
        {
            store.SetMeta("scored_revision", scored, tx.Transaction);
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

    /// <summary>Records the hash of every file read in this run; forgets files pruned.</summary>
    private void StampFiles(StoreTransaction tx, List<string> files)
    {
        foreach (string file in files)
        {
            if (run.FilesRead.Contains(file) && plan.Stamps.TryGetValue(file, out string? hash))
            {
                tx.Execute("INSERT INTO files(path, hash) VALUES ($p0, $p1) ON CONFLICT(path) DO UPDATE SET hash = excluded.hash WHERE hash <> excluded.hash", file, hash);
            }
            else if (!run.FilesRead.Contains(file))
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
