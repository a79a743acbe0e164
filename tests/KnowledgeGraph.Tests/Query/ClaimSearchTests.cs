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
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Subject = "People's Republic of China" }).Claims;
        Assert.That(claims.Select(c => c.Claim.Id), Is.EquivalentTo(SeedGraphFixture.Reader.Claims().Where(c => c.Subject == "china").Select(c => c.Id)));
    }

    [TestCase("cooperates_with", null, 2)]
    [TestCase(null, "VERBAL_CONFLICT", 1)]
    [TestCase("COOPERATES_WITH", "material_cooperation", 2)]
    [TestCase("DEMANDS", "material_cooperation", 0)]
    public void Find_PredicateAndClass_MatchCaseInsensitively(string? predicate, string? cls, int expected)
    {
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Predicate = predicate, Class = cls }).Claims;
        Assert.That(claims, Has.Count.EqualTo(expected));
        Assert.That(claims, Has.All.Matches<ClaimView>(c =>
            (predicate is null || c.Claim.Predicate.Equals(predicate, StringComparison.OrdinalIgnoreCase)) &&
            (cls is null || c.Claim.PredicateClass.Equals(cls, StringComparison.OrdinalIgnoreCase))));
    }

    [Test]
    public void Find_SubjectAndObject_OnlyThatPair()
    {
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Subject = "China", Object = "taliban" }).Claims;
        Assert.That(claims.Select(c => c.Claim.Predicate), Is.EquivalentTo(new[] { "SUPPLIES_ARMS_TO", "DEMANDS", "COOPERATES_WITH" }));
    }

    [TestCase("2021")]
    [TestCase("2021-08")]
    [TestCase("2020-11-30")]
    [TestCase("2023")]
    public void Find_Since_KeepsExactlyTheClaimsDatedOnOrAfter(string since)
    {
        IReadOnlyList<ClaimView> all = Search.Find(new ClaimFilter()).Claims;
        IReadOnlyList<ClaimView> recent = Search.Find(new ClaimFilter { Since = since }).Claims;
        static string Cut(string date, int length) => date[..Math.Min(date.Length, length)];
        var expected = all.Where(c => string.CompareOrdinal(Cut(c.Date!, since.Length), Cut(since, c.Date!.Length)) >= 0).Select(c => c.Claim.Id);
        Assert.That(recent.Select(c => c.Claim.Id), Is.EquivalentTo(expected));
        Assert.That(recent.Select(c => c.Claim.Confidence), Is.Ordered.Descending, "strongest first");
    }

    [Test]
    public void Find_Since2021_KeepsJuly2021AndDropsNovember2020()
    {
        var predicates = Search.Find(new ClaimFilter { Since = "2021" }).Claims.Select(c => c.Claim.Predicate).ToList();
        Assert.That(predicates, Does.Contain("HOSTS").And.Not.Contain("DELISTS"));
    }

    [Test]
    public void Find_ClaimWithoutTime_DatedByItsArticle()
    {
        ClaimView demand = Search.Find(new ClaimFilter { Predicate = "DEMANDS" }).Claims.Single();
        Assert.That(demand.Claim.Time, Is.Null);
        Assert.That(demand.Date, Is.EqualTo(SeedGraphFixture.Reader.Articles().Single(a => a.Outlet == "The Diplomat").Date));
        Assert.That((demand.DateSource, demand.DateFrom), Is.EqualTo(("article", demand.Evidence[0].Sentence.Where)));
    }

    [Test]
    public void Find_SourcePart_MatchesCaseInsensitively()
    {
        IReadOnlyList<ClaimView> claims = Search.Find(new ClaimFilter { Source = "reports" }).Claims;
        Assert.That(claims.Select(c => c.Claim.Predicate), Is.EqualTo(new[] { "SUPPLIES_ARMS_TO" }));
        Assert.That(claims[0].Evidence[0].Sentence.Text, Does.Contain("supplied arms to the Taliban"));
    }

    [TestCase("DEMAND", "did you mean DEMANDS")]
    [TestCase("MEET", "did you mean MEETS")]
    [TestCase("HOSTED", "did you mean HOSTS")]
    public void Find_UnknownPredicate_ThrowsListingTheValidOnes(string predicate, string hint)
    {
        var error = Assert.Throws<KgException>(() => Search.Find(new ClaimFilter { Predicate = predicate }))!;

        Assert.That(error.Code, Is.EqualTo(ErrorCodes.PredicateUnknown));
        Assert.That(error.Message, Does.Contain(hint).And.Contain("valid: COOPERATES_WITH, DELISTS, DEMANDS"));
    }

    [Test]
    public void Find_UnknownClass_ThrowsListingTheFiveClasses()
    {
        var error = Assert.Throws<KgException>(() => Search.Find(new ClaimFilter { Class = "bogus" }))!;

        Assert.That(error.Code, Is.EqualTo(ErrorCodes.PredicateClassUnknown));
        Assert.That(error.Message, Does.EndWith("valid: verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, structural"));
    }

    [Test]
    public void Find_LexiconPredicateWithoutClaims_EmptyNotAnError()
    {
        var search = new ClaimSearch(QueryFixture.Snapshot, QueryFixture.Resolver, new ClaimVocabulary(["MEETS", "SANCTIONS"]));

        ClaimSearchResult result = search.Find(new ClaimFilter { Predicate = "sanctions" });

        Assert.That((result.Total, result.Claims.Count), Is.EqualTo((0, 0)));
    }

    [Test]
    public void Find_LimitTwo_TotalCountsEveryMatch()
    {
        ClaimSearchResult result = Search.Find(new ClaimFilter { Subject = "China", Limit = 2 });

        Assert.That(result.Claims, Has.Count.EqualTo(2));
        Assert.That(result.Total, Is.EqualTo(SeedGraphFixture.Reader.Claims().Count(c => c.Subject == "china")));
    }

    [Test]
    public void Find_RankClaims_StrongestFirst()
    {
        ClaimSearchResult result = Search.Find(new ClaimFilter { Subject = "China" });

        Assert.That(result.Rank, Is.EqualTo(RankBy.Claims));
        Assert.That(result.Claims.Select(c => c.Claim.Confidence), Is.Ordered.Descending);
        Assert.That(result.Claims[^1].Claim.Predicate, Is.EqualTo("SUPPLIES_ARMS_TO"), "the hedged 0.55 claim comes last");
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
