using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Query;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class ClaimSearchTests
{
    private static ClaimSearch Search => new(QueryFixture.Snapshot, QueryFixture.Resolver);

    [Test]
    public void Find_SubjectByAlias_AllClaimsOfThatSubject()
    {
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Subject = "People's Republic of China" });
        Assert.That(claims.Select(c => c.Claim.Id), Is.EquivalentTo(SeedGraphFixture.Reader.Claims().Where(c => c.Subject == "china").Select(c => c.Id)));
    }

    [TestCase("cooperates_with", null, 2)]
    [TestCase(null, "VERBAL_CONFLICT", 1)]
    [TestCase("COOPERATES_WITH", "material_cooperation", 2)]
    [TestCase("DEMANDS", "material_cooperation", 0)]
    public void Find_PredicateAndClass_MatchCaseInsensitively(string? predicate, string? cls, int expected)
    {
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Predicate = predicate, Class = cls });
        Assert.That(claims, Has.Count.EqualTo(expected));
        Assert.That(claims, Has.All.Matches<ClaimView>(c =>
            (predicate is null || c.Claim.Predicate.Equals(predicate, StringComparison.OrdinalIgnoreCase)) &&
            (cls is null || c.Claim.PredicateClass.Equals(cls, StringComparison.OrdinalIgnoreCase))));
    }

    [Test]
    public void Find_SubjectAndObject_OnlyThatPair()
    {
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Subject = "China", Object = "taliban" });
        Assert.That(claims.Select(c => c.Claim.Predicate), Is.EquivalentTo(new[] { "SUPPLIES_ARMS_TO", "DEMANDS", "COOPERATES_WITH" }));
    }

    [TestCase("2021")]
    [TestCase("2021-08")]
    [TestCase("2020-11-30")]
    [TestCase("2023")]
    public void Find_Since_KeepsExactlyTheClaimsDatedOnOrAfter(string since)
    {
        IReadOnlyList<ClaimView> all = Search.Find(new ClaimFilter());
        IReadOnlyList<ClaimView> recent = Search.Find(new ClaimFilter { Since = since });
        static string Cut(string date, int length) => date[..Math.Min(date.Length, length)];
        var expected = all.Where(c => string.CompareOrdinal(Cut(c.Date!, since.Length), Cut(since, c.Date!.Length)) >= 0).Select(c => c.Claim.Id);
        Assert.That(recent.Select(c => c.Claim.Id), Is.EquivalentTo(expected));
        Assert.That(recent.Select(c => c.Date), Is.Ordered.Descending);
    }

    [Test]
    public void Find_Since2021_KeepsJuly2021AndDropsNovember2020()
    {
        var predicates = Search.Find(new ClaimFilter { Since = "2021" }).Select(c => c.Claim.Predicate).ToList();
        Assert.That(predicates, Does.Contain("HOSTS").And.Not.Contain("DELISTS"));
    }

    [Test]
    public void Find_ClaimWithoutTime_DatedByItsArticle()
    {
        ClaimView demand = Search.Find(new ClaimFilter { Predicate = "DEMANDS" }).Single();
        Assert.That(demand.Claim.Time, Is.Null);
        Assert.That(demand.Date, Is.EqualTo(SeedGraphFixture.Reader.Articles().Single(a => a.Outlet == "The Diplomat").Date));
    }

    [Test]
    public void Find_SourcePart_MatchesCaseInsensitively()
    {
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Source = "reports" });
        Assert.That(claims.Select(c => c.Claim.Predicate), Is.EqualTo(new[] { "SUPPLIES_ARMS_TO" }));
        Assert.That(claims[0].Evidence[0].Text, Does.Contain("supplied arms to the Taliban"));
    }

    [TestCase("July 2021")]
    [TestCase("2021-7")]
    public void Find_MalformedSince_ThrowsOptionInvalid(string since)
    {
        Assert.That(() => Search.Find(new ClaimFilter { Since = since }),
            Throws.InstanceOf<KgException>().With.Property(nameof(KgException.Code)).EqualTo(ErrorCodes.OptionInvalid));
    }

    [Test]
    public void Find_UnknownObject_ThrowsNotFound()
    {
        Assert.That(() => Search.Find(new ClaimFilter { Object = "Atlantis" }),
            Throws.InstanceOf<KgException>().With.Property(nameof(KgException.Code)).EqualTo(ErrorCodes.EntityNotFound));
    }
}
