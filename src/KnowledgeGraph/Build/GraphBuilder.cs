using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Build;

/// <summary>
/// Builds or reloads a store from a stream of articles: ingest → extract → store. Each batch of articles is one
/// transaction, so a crash leaves the store as it was before the unfinished batch and the next build completes the
/// work. Reloads are incremental:
/// <list type="bullet">
/// <item>an article whose id, text and gazetteer fingerprint are stored already is skipped without extraction;</item>
/// <item>a new article adds its contribution; an article whose text changed (same id: see <see cref="StoreIds.Article"/>)
/// has its previous contribution replaced;</item>
/// <item>a gazetteer change (or <see cref="BuildOptions.Rebuild"/>) re-extracts stored articles and writes only those
/// whose results changed;</item>
/// <item>an article no longer found in a file that was read is removed; with <see cref="BuildOptions.Prune"/>, so is
/// one whose file is gone.</item>
/// </list>
/// The caller holds <see cref="StoreLock"/> for the whole run. Extraction clears <see cref="Paragraph.IsRepeat"/>
/// first: a paragraph is extracted in every article that has it, so an article's contribution never depends on
/// reading order; the store counts a shared paragraph once by its content id.
/// </summary>
internal sealed class GraphBuilder
{
    private readonly GraphStore store;
    private readonly ExtractionPipeline pipeline;
    private readonly BuildOptions options;
    private readonly long revision;
    private readonly RunState run = new();
    private readonly BuildSummary summary = new();
    private readonly List<WorkItem> pending = [];
    private bool wrote;

    public GraphBuilder(GraphStore store, ExtractionPipeline pipeline, BuildOptions options)
    {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options.Validate();
        revision = store.Revision + 1;
    }

    private InputPlan plan = InputPlan.None;

    /// <summary>
    /// Builds from <paramref name="docs"/>. <paramref name="plan"/> (from <see cref="InputPlanner"/>) names the files
    /// skipped as unchanged, whose stored articles stay as they are, and the file hashes to record at the end.
    /// </summary>
    public BuildSummary Build(IEnumerable<Document> docs, InputPlan? plan = null)
    {
        this.plan = plan ?? InputPlan.None;
        foreach (Document doc in docs)
        {
            summary.Read++;
            Classify(doc);
            if (pending.Count >= options.BatchSize)
            {
                Flush();
            }

            options.Progress?.Report(new BuildProgress(summary.Read, summary.New + summary.Changed + summary.Reresolved, summary.Batches));
        }

        Flush();
        wrote |= new RunFinisher(store, run, options, summary, revision, this.plan).Finish(wrote);
        summary.UnchangedFiles = this.plan.Unchanged.Count;
        summary.Unchanged += CountSkippedArticles();
        StoreStatistics.Fill(store, summary);
        summary.Revision = store.Revision;
        return summary;
    }

    private void Classify(Document doc)
    {
        if (run.IdByHash.TryGetValue(doc.Id, out string? known))
        {
            summary.Repeats++;
            run.See(known, doc);
            return;
        }

        string id = StoreIds.Article(doc);
        if (run.HashById.ContainsKey(id))
        {
            id = StoreIds.ArticleFallback(doc);
        }

        run.HashById[id] = doc.Id;
        run.IdByHash[doc.Id] = id;
        run.See(id, doc);
        (string? hash, string? fingerprint, string? result) = Lookup(id);

        if (hash is not null && hash != doc.Id && HasLocationIn(id, plan.Unchanged))
        {
            // The stored article of that title lives on in a file skipped as unchanged: this is another article.
            id = StoreIds.ArticleFallback(doc);
            run.HashById[id] = doc.Id;
            run.IdByHash[doc.Id] = id;
            (hash, fingerprint, result) = Lookup(id);
        }

        if (hash is null)
        {
            run.NewArticlesAt.TryAdd((doc.Locations.FirstOrDefault().File ?? "", doc.Locations.FirstOrDefault().Line), id);
            pending.Add(new WorkItem(doc, id, WorkKind.New, null));
        }
        else if (hash != doc.Id)
        {
            pending.Add(new WorkItem(doc, id, WorkKind.Changed, null));
        }
        else if (options.Rebuild || fingerprint != pipeline.Fingerprint)
        {
            pending.Add(new WorkItem(doc, id, WorkKind.Stale, result));
        }
        else
        {
            summary.Unchanged++;
        }
    }

    /// <summary>Articles found only in files skipped as unchanged: they are unchanged too.</summary>
    private int CountSkippedArticles()
    {
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in plan.Unchanged)
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = "SELECT DISTINCT article_id FROM article_locations WHERE file = $file";
            command.Parameters.AddWithValue("$file", file);
            using var row = command.ExecuteReader();
            while (row.Read())
            {
                if (!run.ArticleLocations.ContainsKey(row.GetString(0)))
                {
                    skipped.Add(row.GetString(0));
                }
            }
        }

        return skipped.Count;
    }

    private (string? Hash, string? Fingerprint, string? Result) Lookup(string id)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT content_hash, fingerprint, result_hash FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var row = command.ExecuteReader();
        return row.Read() ? (row.GetString(0), row.GetString(1), row.GetString(2)) : (null, null, null);
    }

    private bool HasLocationIn(string id, HashSet<string> files)
    {
        if (files.Count == 0)
        {
            return false;
        }

        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT file FROM article_locations WHERE article_id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            if (files.Contains(row.GetString(0)))
            {
                return true;
            }
        }

        return false;
    }

    private void Flush()
    {
        if (pending.Count == 0)
        {
            return;
        }

        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, item =>
        {
            foreach (Paragraph paragraph in item.Doc.Paragraphs)
            {
                paragraph.IsRepeat = false;
            }

            item.Doc.IsRepeat = false;
            pipeline.Process(item.Doc);
            item.Facts = ArticleFactsBuilder.Build(item.ArticleId, item.Doc);
        });

        using var tx = new StoreTransaction(store, revision);
        var keys = new AffectedKeys();
        foreach (WorkItem item in pending)
        {
            Write(tx, item, keys);
        }

        if (!keys.IsEmpty)
        {
            AggregateRefresher.Refresh(tx, keys);
            store.SetMeta("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture), tx.Transaction);
            wrote = true;
        }

        summary.Batches++;
        options.BeforeCommit?.Invoke(summary.Batches);
        tx.Commit();
        summary.RowsWritten += tx.Changes;
        pending.Clear();
    }

    private void Write(StoreTransaction tx, WorkItem item, AffectedKeys keys)
    {
        ArticleFacts facts = item.Facts!;
        summary.Words += facts.Words;
        if (item.Kind == WorkKind.Stale)
        {
            summary.Unchanged++;
            summary.Reresolved++;
            if (facts.ResultHash == item.StoredResultHash)
            {
                tx.Execute("UPDATE articles SET fingerprint = $p1 WHERE id = $p0", item.ArticleId, pipeline.Fingerprint);
                return;
            }

            summary.ReresolvedChanged++;
            ArticleWriter.Delete(tx, item.ArticleId, keys);
        }
        else if (item.Kind == WorkKind.New)
        {
            summary.New++;
        }
        else
        {
            summary.Changed++;
            ArticleWriter.Delete(tx, item.ArticleId, keys);
        }

        ArticleWriter.Insert(tx, facts, pipeline.Fingerprint, keys);
    }
}
