using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class LinkFinderTests
{
    private static LinkFinder Finder => new(QueryFixture.Snapshot, QueryFixture.Resolver);

    [Test]
    public void Find_ChinaTaliban_DirectLinkFirstWithItsClaimsAndEvidence()
    {
        LinkReport report = Finder.Find("China", "Taliban");
        LinkPath first = report.Paths[0];
        Assert.That(first.Entities.Select(e => e.Id), Is.EqualTo(new[] { "china", "taliban" }));
        LinkStep step = first.Steps.Single();
        var expected = SeedGraphFixture.Claims.Where(c => c.Subject == "china" && c.Object == "taliban").Select(c => c.Predicate);
        Assert.That(step.Claims.Select(c => c.Claim.Predicate), Is.EquivalentTo(expected));
        Assert.That(step.Claims.Single(c => c.Claim.Negated).Statement, Is.EqualTo("China NOT COOPERATES_WITH Taliban"));
        Assert.That(step.Claims.Select(c => c.Claim.Confidence), Is.Ordered.Descending, "strongest claim first");
        Assert.That(step.Claims.Single(c => c.Claim.Predicate == "DEMANDS").Evidence.Single().Sentence.Text, Does.Contain("demanded"), "a claim carries its sentence");
        Assert.That(step.Evidence, Has.All.Matches<EvidenceSentence>(e => SeedGraphFixture.SeedLine(e.Line).Contains(e.Text, StringComparison.Ordinal)));
        Assert.That(step.Evidence, Has.All.Matches<EvidenceSentence>(e => e.Text.Contains("Taliban", StringComparison.Ordinal)));
        Assert.That(step.Evidence.Select(e => e.Directness), Is.Ordered.Descending, "most direct first");
        var claimSentences = step.Claims.SelectMany(c => c.Evidence).Select(e => e.Sentence.SentenceId).ToHashSet();
        Assert.That(step.Evidence.Select(e => e.SentenceId), Has.None.Matches<string>(claimSentences.Contains), "a claim's sentence is shown under the claim, once");
        Assert.That(step.EvidenceCount, Is.EqualTo(step.CoMention!.EvidenceSentenceIds.Union(claimSentences).Count()));
    }

    [Test]
    public void Find_ChinaTaliban_AlsoFindsIndirectRoutesRankedByCost()
    {
        LinkReport report = Finder.Find("People's Republic of China", "islamic emirate of afghanistan", new LinkOptions { Limit = 10 });
        Assert.That(report.Paths, Has.Count.EqualTo(10));
        Assert.That(report.Paths.Select(p => p.Cost), Is.Ordered);
        Assert.That(report.Paths.Select(p => p.Rank), Is.EqualTo(Enumerable.Range(1, 10)));
        Assert.That(report.Paths.Skip(1), Has.All.Matches<LinkPath>(p => p.Hops is 2 or 3));
        Assert.That(report.Paths.Select(p => p.Entities[1].Id), Does.Contain("pakistan"), "China and the Taliban are both tied to Pakistan in the Diplomat piece");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Find_MaxHops_NoPathIsLonger(int maxHops)
    {
        LinkReport report = Finder.Find("wang yi", "pakistan", new LinkOptions { MaxHops = maxHops, Limit = 50 });
        Assert.That(report.Paths, Has.All.Matches<LinkPath>(p => p.Hops <= maxHops));
        Assert.That(report.Paths, Has.All.Matches<LinkPath>(p => p.Entities[0].Id == "wang-yi" && p.Entities[^1].Id == "pakistan"));
        if (maxHops == 1)
        {
            Assert.That(report.Paths, Is.Empty, "Wang Yi is not named with Pakistan");
        }
    }

    [Test]
    public void Find_WangYiChina_ShowsClaimPredicatesAlongTheWay()
    {
        LinkReport report = Finder.Find("Wang Yi", "China", new LinkOptions { Limit = 20 });
        LinkPath viaBaradar = report.Paths.First(p => p.Entities.Select(e => e.Id).SequenceEqual(["wang-yi", "abdul-ghani-baradar", "china"]));
        Assert.That(viaBaradar.Steps[0].Claims.Select(c => c.Statement), Does.Contain("Abdul Ghani Baradar MEETS Wang Yi"));
        Assert.That(viaBaradar.Steps[1].Claims.Select(c => c.Statement), Does.Contain("China HOSTS Abdul Ghani Baradar"));
        Assert.That(viaBaradar.Steps[1].Claims[0].Date, Is.EqualTo("2021-07"));
    }

    [Test]
    public void Find_EveryPath_CostIsSumOfStepCostsAndStepsAreGraphEdges()
    {
        LinkReport report = Finder.Find("China", "Taliban", new LinkOptions { Limit = 15 });
        WeightedGraph graph = QueryFixture.Snapshot.Graph;
        Assert.Multiple(() =>
        {
            foreach (LinkPath path in report.Paths)
            {
                Assert.That(path.Cost, Is.EqualTo(path.Steps.Aggregate(0.0, (sum, s) => sum + s.Cost)));
                foreach (LinkStep step in path.Steps)
                {
                    GraphEdge? edge = graph.EdgeBetween(graph.IndexOf(step.From.Id), graph.IndexOf(step.To.Id));
                    Assert.That(edge?.Weight, Is.EqualTo(step.Weight));
                    Assert.That(step.CoMention is not null || step.Claims.Count > 0, Is.True, "every edge has a reason");
                }
            }
        });
    }

    [Test]
    public void Find_RankClaims_PathsThroughAssertedRelationsFirst()
    {
        LinkReport byCount = Finder.Find("Wang Yi", "China", new LinkOptions { Limit = 5 });
        LinkReport byClaims = Finder.Find("Wang Yi", "China", new LinkOptions { Limit = 5, Rank = RankBy.Claims });
        Assert.That(byClaims.Paths[0].Steps, Has.All.Matches<LinkStep>(s => s.Claims.Count > 0));
        Assert.That(byClaims.Paths[0].Entities.Select(e => e.Id), Is.EqualTo(new[] { "wang-yi", "abdul-ghani-baradar", "china" }));
        Assert.That(byCount.Paths[0].Steps, Has.Some.Matches<LinkStep>(s => s.Claims.Count == 0), "counted by sentences, the direct co-mention wins");
    }

    [Test]
    public void Find_LimitTwo_ReturnsTheTwoCheapest()
    {
        LinkReport two = Finder.Find("China", "Taliban", new LinkOptions { Limit = 2 });
        LinkReport ten = Finder.Find("China", "Taliban", new LinkOptions { Limit = 10 });
        Assert.That(two.Paths.Select(p => p.Cost), Is.EqualTo(ten.Paths.Take(2).Select(p => p.Cost)));
    }

    [Test]
    public void Find_DifferentComponents_NoPaths()
    {
        LinkReport report = Finder.Find("China", "Uzbekistan");
        Assert.That(report.Paths, Is.Empty);
    }

    [Test]
    public void Find_ChinaTtp_DemonymOnlyDirectLinkOnlyWhenAsked()
    {
        LinkReport plain = Finder.Find("China", "TTP", new LinkOptions { Limit = 20 });
        LinkReport withDemonyms = Finder.Find("China", "TTP", new LinkOptions { Limit = 20, IncludeDemonyms = true });
        Assert.That(plain.Paths, Is.Not.Empty);
        Assert.That(plain.Paths, Has.All.Matches<LinkPath>(p => p.Hops >= 2), "China is named with the TTP only as 'Chinese'");
        Assert.That(withDemonyms.Paths[0].Hops, Is.EqualTo(1));
        Assert.That(withDemonyms.Paths[0].Steps[0].CoMention!.DemonymOnly, Is.True);
    }

    [Test]
    public void Find_ZeroHops_ThrowsOptionInvalid()
    {
        Assert.That(() => Finder.Find("China", "Taliban", new LinkOptions { MaxHops = 0 }),
            Throws.InstanceOf<KgException>().With.Property(nameof(KgException.Code)).EqualTo(ErrorCodes.OptionInvalid));
    }
}
