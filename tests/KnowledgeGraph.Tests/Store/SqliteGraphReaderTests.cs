using KnowledgeGraph.Build;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Store;

[TestFixture]
internal sealed class SqliteGraphReaderTests
{
    private static readonly Document Outlook = TestDocuments.Article("a.txt", 7, SeedLines.TitleOutlook, "2022-12-28", SeedLines.MoscowFormat, SeedLines.Optics);
    private static readonly Document Reprint = TestDocuments.Article("b.txt", 3, "A reprint of the optics paragraph", SeedLines.Optics);

    [Test]
    public void Claims_OneClaimReadInTwoArticles_HasStableIdAndEvidenceOnce()
    {
        using var temp = new TempStore();
        temp.Build([Outlook, Reprint]);
        using GraphStore store = temp.Open(StoreMode.Read);

        ClaimRecord claim = store.Reader.Claims().Single();

        Assert.That(claim.Id, Is.EqualTo(ContentHash.Of("russia|INVESTS_IN|china|false")));
        Assert.That(claim, Has.Property("Subject").EqualTo("russia").And.Property("Object").EqualTo("china").And.Property("PredicateClass").EqualTo("material_cooperation"));
        ClaimEvidenceRecord evidence = claim.Evidence.Single();
        int start = SeedLines.Optics.IndexOf("Russia failing", StringComparison.Ordinal);
        Assert.That(evidence.SentenceId, Is.EqualTo(ContentHash.Of(SeedLines.Optics) + ":" + start));
        Assert.That(evidence.File + ":" + evidence.Line, Is.EqualTo("a.txt:11"));
        Assert.That(evidence.Confidence, Is.EqualTo(0.8).Within(1e-6));
    }

    [Test]
    public void CoMentions_PairMetOnlyThroughADemonym_IsFlaggedAndScoredLower()
    {
        using var temp = new TempStore();
        temp.Build([Outlook]);
        using GraphStore store = temp.Open(StoreMode.Read);

        var edges = store.Reader.CoMentions().ToDictionary(e => e.A + "|" + e.B);

        Assert.That(edges["china|taliban"].DemonymOnly, Is.True, "only 'Chinese investment' shares a sentence with the Taliban");
        Assert.That(edges["china|russia"].DemonymOnly, Is.False);
        Assert.That(edges.Values.Where(e => !e.DemonymOnly).Select(e => e.Score), Has.All.Not.NaN);
    }

    [Test]
    public void Sentences_ParagraphInTwoArticles_ReportedOnceUnderTheSmallerArticleId()
    {
        using var temp = new TempStore();
        temp.Build([Outlook, Reprint]);
        using GraphStore store = temp.Open(StoreMode.Read);

        var optics = store.Reader.Sentences().Where(s => s.ParagraphId == ContentHash.Of(SeedLines.Optics)).ToList();

        Assert.That(optics, Has.Count.EqualTo(2), "two sentences, each once");
        string smaller = new[] { StoreIds.Article(Outlook), StoreIds.Article(Reprint) }.Min(StringComparer.Ordinal)!;
        Assert.That(optics.Select(s => s.ArticleId), Has.All.EqualTo(smaller));
    }

    [Test]
    public void Entities_CuratedEntity_CarriesAcronymsAsAliasesAndItsMentionTotal()
    {
        using var temp = new TempStore();
        temp.Build([Outlook]);
        using GraphStore store = temp.Open(StoreMode.Read);

        EntityRecord china = store.Reader.Entities().Single(e => e.Id == "china");

        Assert.That(china, Has.Property("Name").EqualTo("China").And.Property("Type").EqualTo("Country").And.Property("Discovered").False);
        Assert.That(china.Aliases, Is.EqualTo(new[] { "PRC" }));
        Assert.That(china.Mentions, Is.EqualTo(3), "MoscowFormat once, Optics 'China' and 'Chinese'");
    }

    [Test]
    public void Watermark_SetThenGet_ReturnsIt()
    {
        using var temp = new TempStore();
        using GraphStore store = temp.Open();

        long before = store.Reader.GetWatermark("neo4j:localhost/neo4j");
        store.Reader.SetWatermark("neo4j:localhost/neo4j", 7);

        Assert.That(before, Is.Zero);
        Assert.That(store.Reader.GetWatermark("neo4j:localhost/neo4j"), Is.EqualTo(7));
    }
}
