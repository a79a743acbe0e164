using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Query;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class EntityReportTests
{
    [Test]
    public void For_ChinaByAlias_CanonicalRecordAndMentionsPerArticle()
    {
        EntityReport report = EntityReport.For(QueryFixture.Snapshot, QueryFixture.Resolver, "people's republic of china");
        Assert.That(report.Entity.Name, Is.EqualTo("China"));
        Assert.That(report.Entity.Type, Is.EqualTo("Country"));
        Assert.That(report.Entity.Subtype, Is.EqualTo("state"));
        Assert.That(report.Origin, Is.EqualTo("curated"));
        Assert.That(report.Articles.Select(a => a.Count), Is.Ordered.Descending);
        Assert.That(report.TotalMentions, Is.EqualTo(report.Entity.Mentions));
        var stored = SeedGraphFixture.Reader.MentionCounts().Where(m => m.EntityId == "china").ToDictionary(m => m.ArticleId, m => m.Count);
        Assert.That(report.Articles.ToDictionary(a => a.Article.Id, a => a.Count), Is.EquivalentTo(stored));
    }

    [Test]
    public void For_Central_AsiaEntity_OnlyItsArticle()
    {
        EntityReport report = EntityReport.For(QueryFixture.Snapshot, QueryFixture.Resolver, "Uzbekistan");
        Assert.That(report.Articles.Select(a => a.Article.Outlet), Is.EqualTo(new[] { "Nikkei Asia Review" }));
    }

    [Test]
    public void For_DiscoveredEntity_SaysDiscovered()
    {
        EntityReport report = EntityReport.For(QueryFixture.Snapshot, QueryFixture.Resolver, "moscow format");
        Assert.That(report.Origin, Is.EqualTo("discovered"));
        Assert.That(report.Articles, Is.Empty);
        Assert.That(report.CoMentionEdges + report.ClaimTotal + report.Neighbours.Count + report.Roles.Count, Is.Zero);
    }

    [Test]
    public void For_UnknownName_ThrowsNotFound()
    {
        Assert.That(() => EntityReport.For(QueryFixture.Snapshot, QueryFixture.Resolver, "Atlantis"),
            Throws.InstanceOf<KgException>().With.Property(nameof(KgException.Code)).EqualTo(ErrorCodes.EntityNotFound));
    }
}
