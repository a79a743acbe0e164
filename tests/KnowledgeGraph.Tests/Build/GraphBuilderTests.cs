using KnowledgeGraph.Build;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Build;

[TestFixture]
internal sealed class GraphBuilderTests
{
    private static readonly Document Void = TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, "2023-02-01", SeedLines.Spared, SeedLines.Aid);
    private static readonly Document Outlook = TestDocuments.Article("a.txt", 7, SeedLines.TitleOutlook, "2022-12-28", SeedLines.MoscowFormat, SeedLines.Optics);
    private static readonly Document Talks = TestDocuments.Article("b.txt", 1, SeedLines.TitleTalibanTalks, "2023-03-10", SeedLines.Delegations, SeedLines.Aid);

    [Test]
    public void Build_TwoArticles_StoresArticlesSentencesEntitiesAndEdges()
    {
        using var temp = new TempStore();

        BuildSummary summary = temp.Build([Void, Outlook]);

        Assert.That(summary.New, Is.EqualTo(2));
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Articles().Select(a => a.Title), Is.EquivalentTo(new[] { SeedLines.TitleVoid, SeedLines.TitleOutlook }));
        SentenceRecord sent = store.Reader.Sentences().Single(s => s.Text.StartsWith("Beijing has sent", StringComparison.Ordinal));
        Assert.That(sent, Has.Property("File").EqualTo("a.txt").And.Property("Line").EqualTo(5).And.Property("Role").EqualTo("body"));
        Assert.That(sent.Id, Is.EqualTo(ContentHash.Of(SeedLines.Aid) + ":0"));
        Assert.That(store.Reader.Entities().Select(e => e.Id), Is.EquivalentTo(new[] { "afghanistan", "china", "pakistan", "russia", "taliban" }));
        CoMentionRecord edge = store.Reader.CoMentions().Single(e => e.A == "afghanistan" && e.B == "china");
        Assert.That(edge.Articles, Is.EqualTo(2));
        Assert.That(edge.First, Is.EqualTo("2022-12-28"));
        Assert.That(edge.Last, Is.EqualTo("2023-02-01"));
        Assert.That(edge.EvidenceSentenceIds, Does.Contain(sent.Id));
    }

    [Test]
    public void Build_SameInputTwice_ChangesNothingAndSkipsExtraction()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        string before = temp.Dump();
        long revision = Revision(temp);

        BuildSummary again = temp.Build([Void, Outlook]);

        Assert.That(again, Has.Property("Unchanged").EqualTo(2).And.Property("New").Zero.And.Property("Changed").Zero.And.Property("Words").Zero);
        Assert.That(again.Revision, Is.EqualTo(revision));
        Assert.That(temp.Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Build_ParagraphSharedByTwoArticles_CountsItOnce()
    {
        using var temp = new TempStore();

        temp.Build([Void, Talks]);

        using GraphStore store = temp.Open(StoreMode.Read);
        CoMentionRecord edge = store.Reader.CoMentions().Single(e => e.A == "afghanistan" && e.B == "china");
        Assert.That(edge.Paragraphs, Is.EqualTo(2), "the title of one article, and the Aid paragraph that is in both");
        Assert.That(edge.Sentences, Is.EqualTo(3));
        Assert.That(edge.Articles, Is.EqualTo(2));
        Assert.That(store.Reader.Sentences().Count(s => s.ParagraphId == ContentHash.Of(SeedLines.Aid)), Is.EqualTo(2));
        Assert.That(store.Reader.Entities().Single(e => e.Id == "afghanistan").Mentions, Is.EqualTo(3), "title once, Aid twice (read in two articles, counted once)");
    }

    [Test]
    public void Build_RepeatOfAnArticle_OnlyAddsItsLocation()
    {
        using var temp = new TempStore();
        Document copy = TestDocuments.Article("b.txt", 40, SeedLines.TitleVoid, "2023-02-01", SeedLines.Spared, SeedLines.Aid);
        copy.IsRepeat = true;

        BuildSummary summary = temp.Build([Void, copy]);

        Assert.That(summary, Has.Property("New").EqualTo(1).And.Property("Repeats").EqualTo(1));
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Articles().Single().Locations, Is.EqualTo(new[] { "a.txt:1", "b.txt:40" }));
        Assert.That(store.Reader.MentionCounts().Single(m => m.EntityId == "afghanistan").Count, Is.EqualTo(3), "title and two in Aid, not doubled by the repeat");
    }

    [Test]
    public void Build_EditedBody_ReplacesTheArticlesContribution()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        Document edited = TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, "2023-02-01", SeedLines.Spared, SeedLines.Delegations);

        BuildSummary summary = temp.Build([edited, Outlook]);

        Assert.That(summary, Has.Property("Changed").EqualTo(1).And.Property("Unchanged").EqualTo(1).And.Property("New").Zero.And.Property("Removed").Zero);
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Sentences().Select(s => s.Text), Has.None.StartsWith("Beijing has sent"));
        Assert.That(store.Reader.Deletions(1).Select(t => t.Kind + " " + t.Key), Does.Contain("sentence " + ContentHash.Of(SeedLines.Aid) + ":0"));
    }

    [Test]
    public void Build_EditedTitle_CountsOneChangedArticle()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        Document retitled = TestDocuments.Article("a.txt", 1, "China will not fill the void", "2023-02-01", SeedLines.Spared, SeedLines.Aid);

        BuildSummary summary = temp.Build([retitled, Outlook]);

        Assert.That(summary, Has.Property("Changed").EqualTo(1).And.Property("New").Zero.And.Property("Removed").Zero);
    }

    [Test]
    public void Build_ExtractionFailsOnOneArticle_WritesTheOthersAndNamesIt()
    {
        using var temp = new TempStore();
        var diagnostics = new DiagnosticBag();

        BuildSummary summary = temp.Build([Void, Outlook, Talks], FailingStage.After(SeedLines.TitleOutlook), diagnostics: diagnostics);

        Assert.That(summary, Has.Property("Failed").EqualTo(1).And.Property("New").EqualTo(2));
        Assert.That(diagnostics.Items.Single().ToString(), Does.StartWith("a.txt:7: error KG9998: "));
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Articles().Select(a => a.Title), Is.EquivalentTo(new[] { SeedLines.TitleVoid, SeedLines.TitleTalibanTalks }));
    }

    [Test]
    public void Build_EditedArticleFails_KeepsTheStoredCopyUntilABuildSucceeds()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        Document edited = TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, "2023-02-01", SeedLines.Spared, SeedLines.Delegations);

        BuildSummary failed = temp.Build([edited, Outlook], FailingStage.After(SeedLines.TitleVoid));

        Assert.That(failed, Has.Property("Failed").EqualTo(1).And.Property("Changed").Zero.And.Property("Removed").Zero);
        Assert.That(Sentences(temp), Has.Some.StartsWith("Beijing has sent"), "the stored copy stays");
        BuildSummary next = temp.Build([edited, Outlook]);
        Assert.That(next.Changed, Is.EqualTo(1));
        Assert.That(Sentences(temp), Has.None.StartsWith("Beijing has sent"));
    }

    [Test]
    public void Build_RetitledArticleFails_KeepsTheOldOneInItsFile()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        Document retitled = TestDocuments.Article("a.txt", 1, "China will not fill the void", "2023-02-01", SeedLines.Spared, SeedLines.Aid);

        BuildSummary summary = temp.Build([retitled, Outlook], FailingStage.After("China will not fill the void"));

        Assert.That(summary, Has.Property("Failed").EqualTo(1).And.Property("Removed").Zero);
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Articles().Select(a => a.Title), Is.EquivalentTo(new[] { SeedLines.TitleVoid, SeedLines.TitleOutlook }));
    }

    [Test]
    public void Build_ArticleDroppedFromAFileThatWasRead_IsRemovedWithTombstones()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);

        BuildSummary summary = temp.Build([Outlook]);

        Assert.That(summary.Removed, Is.EqualTo(1));
        using GraphStore store = temp.Open(StoreMode.Read);
        string removed = StoreIds.Article(Void);
        Assert.That(store.Reader.Articles().Select(a => a.Id), Does.Not.Contain(removed));
        Assert.That(store.Reader.Deletions(1), Has.Some.Matches<Tombstone>(t => t.Kind == "article" && t.Key == removed));
        Assert.That(store.Reader.Deletions(1), Has.Some.Matches<Tombstone>(t => t.Kind == "mention" && t.Key == "afghanistan|" + removed));
    }

    [Test]
    public void Build_FileNotGivenWithoutPrune_KeepsItsArticles()
    {
        using var temp = new TempStore();
        temp.Build([Void, Talks]);

        BuildSummary summary = temp.Build([Talks], prune: false, gone: ["a.txt"]);

        Assert.That(summary.Removed, Is.Zero);
        Assert.That(temp.Dump(), Does.Contain(SeedLines.TitleVoid));
    }

    [TestCase(true, 1)]
    [TestCase(false, 0)]
    public void Build_FileGone_RemovesItsArticlesOnlyWithPrune(bool prune, int removed)
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook, Talks]);

        BuildSummary summary = temp.Build([Talks], prune: prune, gone: ["a.txt"]);

        Assert.That(summary.Removed, Is.EqualTo(removed * 2));
    }

    [Test]
    public void Build_GazetteerChanged_ReextractsAndRewritesOnlyArticlesWhoseResultsChanged()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        long before = Revision(temp);

        BuildSummary summary = temp.Build([Void, Outlook], TestEntities.Pipeline(TestEntities.WithIran, "with-iran"));

        Assert.That(summary, Has.Property("Reresolved").EqualTo(2).And.Property("ReresolvedChanged").EqualTo(1).And.Property("Unchanged").EqualTo(2));
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Entities(before).Select(e => e.Id), Does.Contain("iran"));
        Assert.That(store.Reader.Articles(before).Select(a => a.Title), Is.EqualTo(new[] { SeedLines.TitleOutlook }));
    }

    [Test]
    public void Build_Rebuild_ReextractsEverythingAndChangesNothing()
    {
        using var temp = new TempStore();
        temp.Build([Void, Outlook]);
        string before = temp.Dump();

        BuildSummary summary = temp.Build([Void, Outlook], rebuild: true);

        Assert.That(summary, Has.Property("Reresolved").EqualTo(2).And.Property("ReresolvedChanged").Zero);
        Assert.That(temp.Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Build_AnySequence_EqualsAFreshBuildOfTheFinalInputs()
    {
        Document outlookMoved = TestDocuments.Article("a.txt", 9, SeedLines.TitleOutlook, "2022-12-28", SeedLines.MoscowFormat, SeedLines.Optics);
        Document editedTalks = TestDocuments.Article("b.txt", 1, SeedLines.TitleTalibanTalks, "2023-03-10", SeedLines.Delegations, SeedLines.Spared);
        Document extra = TestDocuments.Article("c.txt", 1, "A third article", "2024-01-01", SeedLines.Optics, SeedLines.Aid);
        using var incremental = new TempStore();
        incremental.Build([Void, Outlook]);
        incremental.Build([Void, Outlook, Talks, extra]);
        incremental.Build([outlookMoved, editedTalks, extra]);
        incremental.Build([outlookMoved, editedTalks], prune: true, gone: ["c.txt"]);
        using var fresh = new TempStore();

        fresh.Build([outlookMoved, editedTalks]);

        Assert.That(incremental.Dump(), Is.EqualTo(fresh.Dump()));
    }

    [Test]
    public void Build_FailureBeforeACommit_LeavesTheStoreAsBeforeThatBatchAndARerunCompletesIt()
    {
        using var temp = new TempStore();
        Document[] docs = [Void, Outlook, Talks];
        using var clean = new TempStore();
        clean.Build(docs, batchSize: 1);

        Assert.Throws<InvalidOperationException>(() => temp.Build(docs, batchSize: 1, beforeCommit: n =>
        {
            if (n == 2)
            {
                throw new InvalidOperationException("simulated crash");
            }
        }));
        using (GraphStore store = temp.Open(StoreMode.Read))
        {
            Assert.That(store.Reader.Articles().Count(), Is.EqualTo(1));
        }

        temp.Build(docs, batchSize: 1);

        Assert.That(temp.Dump(), Is.EqualTo(clean.Dump()));
    }

    [Test]
    public void Build_AfterAFailedBuild_SettlesItsCommittedBatchesBeforeWritingAndKeepsThemSettledIfItFailsToo()
    {
        using var temp = new TempStore();
        Document[] docs = [Void, Outlook, Talks];
        using var fresh = new TempStore();
        fresh.Build([Void]);
        Assert.Throws<InvalidOperationException>(() => temp.Build(docs, batchSize: 1, beforeCommit: FailAt(2)));

        // The next build fails before its first batch commits: only its opening settle stands.
        Assert.Throws<InvalidOperationException>(() => temp.Build(docs, batchSize: 1, beforeCommit: FailAt(1)));

        using (GraphStore store = temp.Open(StoreMode.Read))
        {
            Assert.That(store.HasUnsettledWork(), Is.False);
        }

        Assert.That(temp.Dump(), Is.EqualTo(fresh.Dump()));
        BuildSummary rerun = temp.Build(docs, batchSize: 1);
        Assert.That(rerun.Interrupted, Is.Null, "nothing was left to settle");
        Assert.That(rerun.New, Is.EqualTo(2));
    }

    [Test]
    public void Build_IncrementalReader_SeesOnlyRowsOfLaterRevisions()
    {
        using var temp = new TempStore();
        temp.Build([Void]);
        long first = Revision(temp);

        temp.Build([Void, Talks]);

        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Revision, Is.EqualTo(first + 1));
        Assert.That(store.Reader.Articles(first).Select(a => a.Title), Is.EqualTo(new[] { SeedLines.TitleTalibanTalks }));
        Assert.That(store.Reader.Articles(0).Count(), Is.EqualTo(2));
    }

    [Test]
    public void Build_RepeatReadAfterMoreThanASliceOfArticles_OnlyAddsItsLocationAndAReloadChangesNothing()
    {
        using var temp = new TempStore();
        List<Document> docs = Dispatches(RunState.SliceArticles + 2);
        Document copy = TestDocuments.Article("b.txt", 1, "Kabul dispatch 0", "2023-02-01", SeedLines.Aid);
        copy.IsRepeat = true;
        docs.Add(copy);

        BuildSummary first = temp.Build(docs, batchSize: 64);
        string before = temp.Dump();
        BuildSummary again = temp.Build(docs, batchSize: 64);

        Assert.That(first, Has.Property("New").EqualTo(RunState.SliceArticles + 2).And.Property("Repeats").EqualTo(1));
        Assert.That(again, Has.Property("New").Zero.And.Property("Removed").Zero.And.Property("Changed").Zero);
        Assert.That(temp.Dump(), Is.EqualTo(before));
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Articles().Single(a => a.Title == "Kabul dispatch 0").Locations, Is.EqualTo(new[] { "a.txt:1", "b.txt:1" }));
    }

    [Test]
    public void Build_TitleReusedMoreThanASliceOfArticlesLater_StoresBothArticles()
    {
        using var temp = new TempStore();
        List<Document> docs = Dispatches(RunState.SliceArticles + 2);
        docs.Add(TestDocuments.Article("a.txt", 5000, "Kabul dispatch 0", "2023-02-01", SeedLines.Spared));

        BuildSummary summary = temp.Build(docs, batchSize: 64);

        Assert.That(summary.New, Is.EqualTo(RunState.SliceArticles + 3));
        using GraphStore store = temp.Open(StoreMode.Read);
        Assert.That(store.Reader.Articles().Count(a => a.Title == "Kabul dispatch 0"), Is.EqualTo(2));
    }

    /// <summary><paramref name="count"/> distinct articles in a.txt, "Kabul dispatch N", each with the Aid paragraph.</summary>
    private static List<Document> Dispatches(int count) =>
        Enumerable.Range(0, count).Select(i => TestDocuments.Article("a.txt", 1 + (4 * i), $"Kabul dispatch {i}", "2023-02-01", SeedLines.Aid)).ToList();

    private static Action<int> FailAt(int batch) => n =>
    {
        if (n == batch)
        {
            throw new InvalidOperationException("simulated crash");
        }
    };

    private static List<string> Sentences(TempStore temp)
    {
        using GraphStore store = temp.Open(StoreMode.Read);
        return store.Reader.Sentences().Select(s => s.Text).ToList();
    }

    private static long Revision(TempStore temp)
    {
        using GraphStore store = temp.Open(StoreMode.Read);
        return store.Revision;
    }
}
