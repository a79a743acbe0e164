using KnowledgeGraph.Query;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class NeighbourFinderTests
{
    private static NeighbourFinder Finder => new(QueryFixture.Snapshot, QueryFixture.Resolver);

    [Test]
    public void Find_China_CoMentionsByDescendingScoreWithEvidence()
    {
        NeighbourReport report = Finder.Find("china", limit: 50);
        Assert.That(report.Entity.Id, Is.EqualTo("china"));
        Assert.That(report.CoMentions.Select(n => n.CoMention.Score), Is.Ordered.Descending);
        int expected = SeedGraphFixture.Reader.CoMentions().Count(c => (c.A == "china" || c.B == "china") && !c.DemonymOnly);
        Assert.That(report.CoMentions, Has.Count.EqualTo(expected));
        Assert.That(report.CoMentions, Has.All.Matches<Neighbour>(n => n.Evidence.Count == 1 && n.CoMention.EvidenceSentenceIds[0] == n.Evidence[0].SentenceId));
    }

    [Test]
    public void Find_LimitThree_KeepsTheThreeStrongest()
    {
        NeighbourReport all = Finder.Find("China", limit: 50);
        NeighbourReport three = Finder.Find("China", limit: 3);
        Assert.That(three.CoMentions.Select(n => n.Entity.Id), Is.EqualTo(all.CoMentions.Take(3).Select(n => n.Entity.Id)));
        Assert.That(three.Claims, Has.Count.LessThanOrEqualTo(3));
    }

    [Test]
    public void Find_Ttp_DemonymOnlyCoMentionOnlyWhenAsked()
    {
        bool demonymOnly = SeedGraphFixture.Reader.CoMentions().Single(c => c.A == "china" && c.B == "ttp").DemonymOnly;
        Assume.That(demonymOnly, "seed line 161 names China with the TTP only as 'Chinese in Pakistan'");
        Assert.That(Finder.Find("TTP", limit: 100).CoMentions.Select(n => n.Entity.Id), Does.Not.Contain("china").And.Contain("pakistan"));
        Neighbour china = Finder.Find("TTP", limit: 100, includeDemonyms: true).CoMentions.Single(n => n.Entity.Id == "china");
        Assert.That(china.Evidence[0].Text, Does.Contain("Chinese in Pakistan"));
    }

    [Test]
    public void Find_Taliban_ClaimsAsSubjectOrObject()
    {
        NeighbourReport report = Finder.Find("Taliban", limit: 100);
        IEnumerable<string> expected = SeedGraphFixture.Reader.Claims().Where(c => c.Subject == "taliban" || c.Object == "taliban").Select(c => c.Id);
        Assert.That(report.Claims.Select(c => c.Claim.Id), Is.EquivalentTo(expected));
        Assert.That(report.Claims.Select(c => c.Claim.Confidence), Is.Ordered.Descending);
    }

    [Test]
    public void Find_IsolatedDiscoveredEntity_EmptyLists()
    {
        NeighbourReport report = Finder.Find("Moscow format");
        Assert.That(report.CoMentions, Is.Empty);
        Assert.That(report.Claims, Is.Empty);
    }

    [Test]
    public void Find_Neighbour_ScoreIsTheStoredOne()
    {
        NeighbourReport report = Finder.Find("Pakistan", limit: 100);
        Neighbour taliban = report.CoMentions.Single(n => n.Entity.Id == "taliban");
        CoMentionRecord stored = SeedGraphFixture.Reader.CoMentions().Single(c => c.A == "pakistan" && c.B == "taliban");
        Assert.That(taliban.CoMention, Is.SameAs(stored));
    }
}
