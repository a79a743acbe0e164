using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>
/// The examples of the annotation guide (../shared/CLAIMS-GUIDE.md, "Examples (invented)"): the claims it lists for each
/// sentence, read by the shipped rules and lexicon.
/// </summary>
[TestFixture]
public sealed class ClaimsGuideExamplesTests
{
    [Test]
    public void Read_DelegationLedByPerson_HostsBothAndHeadHoldsRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Foreign Minister Wang Yi hosted a Taliban delegation led by Abdul Ghani Baradar in Tianjin.");

        Assert.That(claims, Does.Contain("wang-yi HOLDS_ROLE_IN china").And.Contain("wang-yi HOSTS taliban")
            .And.Contain("wang-yi HOSTS abdul-ghani-baradar").And.Contain("abdul-ghani-baradar HOLDS_ROLE_IN taliban"));
        Assert.That(claims, Has.None.Contains("LEADS taliban"));
    }

    [Test]
    public void Read_RejectedAccusations_BothCriticizeAndHedgedBase()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamabad rejected Kabul's accusations that the TTP operates from Pakistani soil.");

        Assert.That(claims, Does.Contain("pakistan CRITICIZES afghanistan").And.Contain("afghanistan CRITICIZES pakistan").And.Contain("ttp BASED_IN pakistan"));
    }

    [Test]
    public void Read_NotResumedWorkAt_BasedInAndNegatedOperation()
    {
        Claim[] claims = [.. Docs.Process(ShippedPipeline.Value, "The Beijing-based Metallurgical Corporation of China has not resumed work at Mes Aynak.").Paragraphs.SelectMany(p => p.Claims)];

        Assert.That(claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("metallurgical-corporation-of-china BASED_IN beijing"));
        Assert.That(claims.Single(c => c.Predicate == "BUILDS_OR_OPERATES" && c.Object.Id == "mes-aynak").Negated, Is.True);
    }

    // The guide's phrases in the rules above its examples, written into sentences.
    [TestCase("Thailand, Laos and Sri Lanka have complained about China's loans.", "thailand CRITICIZES china")]
    [TestCase("Thailand, Laos and Sri Lanka have complained about China's loans.", "sri-lanka CRITICIZES china")]
    [TestCase("Abdul Wali, a commander of the TTP, was killed.", "abdul-wali MEMBER_OF ttp")]
    [TestCase("CPEC, the flagship of the Belt and Road Initiative, has slowed.", "china-pakistan-economic-corridor PART_OF belt-and-road-initiative")]
    public void Read_GuidePhrase_ItsClaim(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.Some.EndsWith(expected));
    }
}
