using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Build;

/// <summary>
/// Builds or reloads a store from a stream of articles: plan → read → extract (the pipeline runner, in parallel) →
/// facts → the store, a batch per transaction, so a crash leaves the store as it was before the unfinished batch and
/// the next build completes the work. Reloads are incremental:
/// <list type="bullet">
/// <item>an article whose id, text and gazetteer fingerprint are stored already is skipped without extraction;</item>
/// <item>an identical copy of an article read earlier in the run only adds its locations;</item>
/// <item>a new article adds its contribution; an article whose text changed (same id: see <see cref="StoreIds.Article"/>)
/// has its previous contribution replaced;</item>
/// <item>a gazetteer change (or <see cref="BuildOptions.Rebuild"/>) re-extracts stored articles and writes only those
/// whose results changed;</item>
/// <item>an article no longer found in a file that was read is removed; with <see cref="BuildOptions.Prune"/>, so is
/// one whose file is gone.</item>
/// </list>
/// Every article is extracted whole, shared paragraphs included, so its contribution never depends on reading order;
/// the store counts a shared paragraph once by its content id. The caller holds the store's writer lock. A build
/// begins by settling what an interrupted one left (<see cref="IBuildStore.SettleInterrupted"/>).
/// </summary>
internal sealed class GraphBuilder
{
    private readonly IBuildStore store;
    private readonly ExtractionPipeline pipeline;
    private readonly BuildOptions options;
    private long revision;
    private readonly RunState run;
    private readonly BuildSummary summary = new();
    private readonly List<WorkItem> pending = [];
    private readonly HashSet<string> failedFiles = new(StringComparer.Ordinal);
    private InputPlan plan = InputPlan.None;
    private long read;
    private bool wrote;

    public GraphBuilder(IBuildStore store, ExtractionPipeline pipeline, BuildOptions options)
    {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options.Validate();
        run = new RunState(store.BeginRun());
    }

    /// <summary>
    /// Builds from <paramref name="docs"/>. <paramref name="plan"/> (from <see cref="InputPlanner"/>) names the files
    /// skipped as unchanged, whose stored articles stay as they are, and the file hashes to record at the end.
    /// </summary>
    public BuildSummary Build(IEnumerable<Document> docs, InputPlan? plan = null)
    {
        this.plan = plan ?? InputPlan.None;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        summary.Interrupted = store.SettleInterrupted();
        summary.SettleTime = clock.Elapsed;
        clock.Restart();
        revision = store.Revision + 1;
        foreach (Document doc in docs)
        {
            summary.Read++;
            read += Size(doc);
            Classify(doc);
            if (pending.Count >= options.BatchSize)
            {
                summary.ReadTime += clock.Elapsed;
                Flush();
                clock.Restart();
            }

            Report(readDone: false, settling: false);
        }

        summary.ReadTime += clock.Elapsed;
        Flush();
        run.Spill();
        Report(readDone: true, settling: true);
        clock.Restart();
        var keeps = new FileKeeper(run, options);
        FinishResult finish = store.Finish(new RunOutcome(run.FilesRead, this.plan, options.Prune, keeps.Keeps, failedFiles), revision, wrote);
        summary.SettleTime += clock.Elapsed;
        summary.Removed += finish.Removed;
        summary.New -= finish.Retitled;
        summary.Changed += finish.Retitled;
        summary.Aggregates = finish.Aggregates;
        summary.RowsWritten += finish.Rows;
        summary.UnchangedFiles = this.plan.Unchanged.Count;
        summary.Unchanged += store.CountUnseenIn(this.plan.Unchanged);
        summary.GoneButKept = options.Prune ? [] : keeps.GoneButKept(store.FileStamps().Keys);
        summary.Store = store.Counts();
        return summary;
    }

    private void Classify(Document doc)
    {
        if (run.IdOf(doc.Id) is { } known)
        {
            summary.Repeats++;
            run.See(known, doc);
            return;
        }

        string id = StoreIds.Article(doc);
        if (run.HasId(id))
        {
            id = StoreIds.ArticleFallback(doc);
        }

        run.Name(id, doc.Id);
        StoredArticle? stored = store.FindArticle(id);
        if (stored is not null && stored.ContentHash != doc.Id && store.HasLocationIn(id, plan.Unchanged))
        {
            // The stored article of that title lives on in a file skipped as unchanged: this is another article.
            id = StoreIds.ArticleFallback(doc);
            run.Name(id, doc.Id);
            stored = store.FindArticle(id);
        }

        run.See(id, doc);
        if (stored is null)
        {
            run.NewAt(doc.Locations.FirstOrDefault().File ?? "", doc.Locations.FirstOrDefault().Line, id);
            Queue(new WorkItem(doc, id, WorkKind.New, null));
        }
        else if (stored.ContentHash != doc.Id)
        {
            Queue(new WorkItem(doc, id, WorkKind.Changed, null));
        }
        else if (options.Rebuild || stored.Fingerprint != pipeline.Fingerprint)
        {
            Queue(new WorkItem(doc, id, WorkKind.Stale, stored.ResultHash));
        }
        else
        {
            summary.Unchanged++;
        }
    }

    private void Queue(WorkItem item)
    {
        pending.Add(item);
        summary.ToExtract++;
    }

    /// <summary>Extracts the pending articles and writes each into the batch as it comes out, then commits the batch.</summary>
    private void Flush()
    {
        if (pending.Count == 0)
        {
            return;
        }

        run.Spill();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var writing = new System.Diagnostics.Stopwatch();
        using (IBatchWriter batch = store.BeginBatch(pipeline.Fingerprint, revision))
        {
            int at = 0;
            foreach (Document doc in PipelineRunner.Run(pending.Select(item => item.Doc!), pipeline, options.Parallelism, options.Diagnostics))
            {
                // The runner yields in input order and leaves out a document it failed on: the items passed over failed.
                while (!ReferenceEquals(pending[at].Doc, doc))
                {
                    Fail(pending[at++]);
                }

                WorkItem item = pending[at++];
                ArticleFacts facts = ArticleFactsBuilder.Build(item.ArticleId, doc);
                item.Doc = null;
                summary.Extracted++;
                writing.Start();
                ArticleWrite write = Decide(item, facts);
                batch.Write(write);
                wrote |= write.Facts is not null;
                writing.Stop();
                summary.Written++;
                Report(readDone: false, settling: false);
            }

            while (at < pending.Count)
            {
                Fail(pending[at++]);
            }

            writing.Start();
            summary.Batches++;
            int number = summary.Batches;
            summary.RowsWritten += batch.Commit(options.BeforeCommit is null ? null : () => options.BeforeCommit(number));
            writing.Stop();
        }

        summary.WriteTime += writing.Elapsed;
        summary.ExtractTime += clock.Elapsed - writing.Elapsed;
        pending.Clear();
    }

    /// <summary>An article the pipeline failed on (reported by the runner): nothing of it is written, its files are read again next time.</summary>
    private void Fail(WorkItem item)
    {
        foreach (SourceLocation location in item.Doc!.Locations)
        {
            failedFiles.Add(location.File);
        }

        item.Doc = null;
        summary.Failed++;
    }

    private ArticleWrite Decide(WorkItem item, ArticleFacts facts)
    {
        summary.Words += facts.Words;
        switch (item.Kind)
        {
            case WorkKind.Stale:
                summary.Unchanged++;
                summary.Reresolved++;
                if (facts.ResultHash == item.StoredResultHash)
                {
                    return new ArticleWrite(item.ArticleId, null, Replaces: false);
                }

                summary.ReresolvedChanged++;
                return new ArticleWrite(item.ArticleId, facts, Replaces: true);
            case WorkKind.New:
                summary.New++;
                return new ArticleWrite(item.ArticleId, facts, Replaces: false);
            default:
                summary.Changed++;
                return new ArticleWrite(item.ArticleId, facts, Replaces: true);
        }
    }

    private void Report(bool readDone, bool settling) =>
        options.Progress?.Report(new BuildProgress(
            read, plan.BytesToRead, summary.Read, summary.ToExtract, summary.Extracted + summary.Failed, summary.Written + summary.Failed, summary.Batches, readDone, settling));

    /// <summary>Characters of the article's lines (and their line ends): the share of the input it stands for.</summary>
    private static long Size(Document doc)
    {
        long size = 0;
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            size += paragraph.Text.Length + 2;
        }

        return size;
    }
}
