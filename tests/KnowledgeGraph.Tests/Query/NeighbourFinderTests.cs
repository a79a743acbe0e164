using KnowledgeGraph.Query;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class NeighbourFinderTests
{
    private static NeighbourFinder Finder => new(QueryFixture.Snapshot, QueryFixture.Resolver);

    [Test]
    public void Find_ChinaByPmi_NeighboursByDescendingScoreWithAllTheirEvidence()
    {
        NeighbourReport report = Finder.Find("china", limit: 50, rank: RankBy.Pmi);
        Assert.That(report.Entity.Id, Is.EqualTo("china"));
        Assert.That(report.Neighbours.Select(n => n.CoMention!.Score), Is.Ordered.Descending);
        int expected = SeedGraphFixture.Reader.CoMentions().Count(c => (c.A == "china" || c.B == "china") && !c.DemonymOnly);
        Assert.That((report.Neighbours.Count, report.Total), Is.EqualTo((expected, expected)));
        Assert.That(report.Neighbours, Has.All.Matches<Neighbour>(n =>
            n.EvidenceCount == n.CoMention!.EvidenceSentenceIds.Union(n.Claims.SelectMany(c => c.Evidence).Select(e => e.Sentence.SentenceId)).Count()));
    }

    [Test]
    public void Find_EveryNeighbour_ClaimSentencesFirstThenTheOtherSentencesMostDirectFirst()
    {
        NeighbourReport report = Finder.Find("Taliban", limit: 50);
        Neighbour china = report.Neighbours.Single(n => n.Entity.Id == "china");
        var claimSentences = china.Claims.SelectMany(c => c.Evidence).Select(e => e.Sentence.SentenceId).ToHashSet();
        Assert.That(china.Claims, Is.Not.Empty);
        Assert.That(china.Evidence.Select(e => e.SentenceId), Has.None.Matches<string>(claimSentences.Contains), "a claim's sentence is shown once, under the claim");
        Assert.That(china.Evidence.Select(e => e.Directness), Is.Ordered.Descending);
    }

    [Test]
    public void Find_TalibanByCount_MostSharedSentencesFirst()
    {
        NeighbourReport report = Finder.Find("Taliban", limit: 50, rank: RankBy.Count);
        Assert.That(report.Neighbours.Select(n => n.CoMention?.Sentences ?? 0), Is.Ordered.Descending);
        Assert.That(report.Neighbours[0].Entity.Id, Is.EqualTo("china"));
    }

    [Test]
    public void Find_TalibanByClaims_EntitiesWithClaimsBeforeTheRest()
    {
        NeighbourReport report = Finder.Find("Taliban", limit: 50);
        Assert.That(report.Rank, Is.EqualTo(RankBy.Claims));
        int firstWithout = report.Neighbours.ToList().FindIndex(n => n.Claims.Count == 0);
        Assert.That(report.Neighbours.Skip(firstWithout), Has.All.Matches<Neighbour>(n => n.Claims.Count == 0));
        Assert.That(report.Neighbours.Take(firstWithout).Select(n => n.Entity.Id), Is.EquivalentTo(new[] { "china", "cnpc" }));
        Assert.That(report.Neighbours[0].Entity.Id, Is.EqualTo("china"), "three claims outweigh one");
    }

    [Test]
    public void Find_LimitThree_KeepsTheThreeStrongest()
    {
        NeighbourReport all = Finder.Find("China", limit: 50);
        NeighbourReport three = Finder.Find("China", limit: 3);
        Assert.That(three.Neighbours.Select(n => n.Entity.Id), Is.EqualTo(all.Neighbours.Take(3).Select(n => n.Entity.Id)));
        Assert.That(three.Total, Is.EqualTo(all.Total));
        Assert.That(three.Claims, Has.Count.LessThanOrEqualTo(3));
    }

    [Test]
    public void Find_Ttp_DemonymOnlyCoMentionOnlyWhenAsked()
    {
        bool demonymOnly = SeedGraphFixture.Reader.CoMentions().Single(c => c.A == "china" && c.B == "ttp").DemonymOnly;
        Assume.That(demonymOnly, "seed line 161 names China with the TTP only as 'Chinese in Pakistan'");
        Assert.That(Finder.Find("TTP", limit: 100).Neighbours.Select(n => n.Entity.Id), Does.Not.Contain("china").And.Contain("pakistan"));
        Neighbour china = Finder.Find("TTP", limit: 100, includeDemonyms: true).Neighbours.Single(n => n.Entity.Id == "china");
        Assert.That(china.Evidence[0].Text, Does.Contain("Chinese in Pakistan"));
    }

    [Test]
    public void Find_Taliban_ClaimsAsSubjectOrObject()
    {
        NeighbourReport report = Finder.Find("Taliban", limit: 100);
        IEnumerable<string> expected = SeedGraphFixture.Reader.Claims().Where(c => c.Subject == "taliban" || c.Object == "taliban").Select(c => c.Id);
        Assert.That(report.Claims.Select(c => c.Claim.Id), Is.EquivalentTo(expected));
        Assert.That(report.Claims.Select(c => c.Claim.Confidence), Is.Ordered.Descending);
        Assert.That(report.ClaimTotal, Is.EqualTo(expected.Count()));
    }

    [Test]
    public void Find_IsolatedDiscoveredEntity_EmptyLists()
    {
        NeighbourReport report = Finder.Find("Moscow format");
        Assert.That(report.Neighbours, Is.Empty);
        Assert.That(report.Claims, Is.Empty);
    }

    [Test]
    public void Find_Neighbour_ScoreIsTheStoredOne()
    {
        NeighbourReport report = Finder.Find("Pakistan", limit: 100);
        Neighbour taliban = report.Neighbours.Single(n => n.Entity.Id == "taliban");
        CoMentionRecord stored = SeedGraphFixture.Reader.CoMentions().Single(c => c.A == "pakistan" && c.B == "taliban");
        Assert.That(taliban.CoMention, Is.SameAs(stored));
    }
}
