using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A rank between a copula and an infinitive ("became the only government in the world to recognise"): the copula's
/// subject does the infinitive's act, through the shipped pipeline on written development lines.
/// </summary>
[TestFixture]
internal sealed class RankedKindTests
{
    // Written development line as written: the noun's "in the world" stands between it and "to".
    [Test]
    public void StartEndingAt_OnlyGovernmentInTheWorld_CopulaSubjectActs()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The meeting was the first since the Kremlin became the only government in the world to recognise the Islamic Emirate in July.");

        Assert.That(claims, Does.Contain("russia RECOGNIZES taliban"));
    }

    // Written development lines rephrased (the recognition of the Taliban government): other ranks, "one of the", a place
    // after the noun, a name before "the" that a verb makes so.
    [TestCase("Russia became one of the first countries to formally recognise the Taliban government.")]
    [TestCase("Russia was the second state in the region to recognise the Taliban government.")]
    [TestCase("Russia remains the only country in Central Asia's neighbourhood to recognise the Taliban government.")]
    [TestCase("Moscow accepted the credentials of the Taliban's envoy in July, making Russia the first country to recognise the Taliban government.")]
    public void StartEndingAt_RankedAgentNoun_SubjectActs(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain("russia RECOGNIZES taliban"));
    }

    // Written development line rephrased: the name before the noun only qualifies it; the copula's subject acts.
    [Test]
    public void StartEndingAt_NameQualifiesTheNoun_NameDoesNotAct()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("India became the only SCO member to oppose the Belt and Road Initiative.");

        Assert.That(claims, Does.Contain("india OPPOSES belt-and-road-initiative"));
        Assert.That(claims, Does.Not.Contain("sco OPPOSES belt-and-road-initiative"));
    }

    // A noun that names no agent ranks no subject: "the first step to deepen" is no act of the agreement's.
    [Test]
    public void StartEndingAt_NounOfNoAgent_NoSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The CPEC agreement was the first step to deepen cooperation with Pakistan.");

        Assert.That(claims.Where(c => c.EndsWith("COOPERATES_WITH pakistan", StringComparison.Ordinal) && c.StartsWith("cpec", StringComparison.Ordinal)), Is.Empty);
    }
}
