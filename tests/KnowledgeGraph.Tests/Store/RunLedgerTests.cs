using KnowledgeGraph.Build;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Store;

[TestFixture]
internal sealed class RunLedgerTests
{
    private static readonly string Article = ContentHash.Of("title\n" + SeedLines.TitleVoid);
    private static readonly string Hash = ContentHash.OfLines([SeedLines.TitleVoid, SeedLines.Aid]);

    [Test]
    public void Append_ASlice_AnswersForItsIdsAndHashes()
    {
        using var temp = new TempStore();
        using GraphStore store = temp.Open();
        IRunLedger ledger = store.BeginRun();
        var slice = new RunSlice();
        slice.Ids.Add(Article);
        slice.IdByHash[Hash] = Article;

        ledger.Append(slice);

        Assert.That(ledger.IdOf(Hash), Is.EqualTo(Article));
        Assert.That(ledger.HasId(Article), Is.True);
        Assert.That(ledger.IdOf(ContentHash.Of(SeedLines.Spared)), Is.Null);
        Assert.That(ledger.HasId(ContentHash.Of(SeedLines.Spared)), Is.False);
    }

    [Test]
    public void BeginRun_AfterAnEarlierRunOnTheSameStore_StartsEmpty()
    {
        using var temp = new TempStore();
        using GraphStore store = temp.Open();
        var slice = new RunSlice();
        slice.Ids.Add(Article);
        slice.IdByHash[Hash] = Article;
        store.BeginRun().Append(slice);

        IRunLedger next = store.BeginRun();

        Assert.That(next.IdOf(Hash), Is.Null);
        Assert.That(next.HasId(Article), Is.False);
    }

    [Test]
    public void CountUnseenIn_StoredArticlesOfAFileThisRunDidNotRead_CountsThem()
    {
        using var temp = new TempStore();
        temp.Build([
            TestDocuments.Article("a.txt", 1, SeedLines.TitleVoid, SeedLines.Spared, SeedLines.Aid),
            TestDocuments.Article("b.txt", 1, SeedLines.TitleOutlook, SeedLines.MoscowFormat, SeedLines.Optics),
        ]);
        using GraphStore store = temp.Open();
        IRunLedger ledger = store.BeginRun();
        var slice = new RunSlice();
        slice.ArticleLocations.Add((Article, "a.txt", 1));
        slice.IdByHash[Hash] = Article;
        ledger.Append(slice);

        Assert.That(store.CountUnseenIn(["a.txt", "b.txt"]), Is.EqualTo(1), "the article in b.txt; the one in a.txt was seen");
        Assert.That(store.CountUnseenIn([]), Is.Zero);
    }
}
