namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>Subjects the apposition reading gives a verb, through the shipped pipeline on look-set sentences.</summary>
[TestFixture]
internal sealed class SubjectActorsTests
{
    // Written sets h34 and h65: a name inside a relative clause whose commas only open an apposition or a list is not
    // the subject of the verb after the clause; the relative's antecedent is.
    [TestCase(
        "China, which has not formally recognised the Taliban government but accepted the credentials of its ambassador, Bilal Karimi, in January 2024, stopped short of endorsing Moscow's call.",
        "china SUPPORTS russia", "bilal-karimi SUPPORTS russia")]
    [TestCase(
        "Turkmenistan, which borders Afghanistan, Iran, Uzbekistan and Kazakhstan, sells most of its gas to China.",
        "china TRADES_WITH turkmenistan", "china TRADES_WITH iran")]
    public void BeforeApposition_NameInsideRelativeClause_RelativesAntecedentIsSubject(string sentence, string expected, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);
        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Does.Not.Contain(wrong));
    }

    // Written set h65: "who now chairs the Halk Maslahaty, the upper house of …, also met Xi": the chairman met Xi.
    [Test]
    public void BeforeApposition_RelativeClauseWithApposedBody_PersonMeets()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Chinese President Xi Jinping arrived in Ashgabat on Wednesday.",
            "Gurbanguly Berdimuhamedov, who now chairs the Halk Maslahaty, the upper house of Turkmenistan's parliament, also met Xi on Thursday.");
        Assert.That(claims, Does.Contain("gurbanguly-berdimuhamedov MEETS xi-jinping"));
        Assert.That(claims, Does.Not.Contain("halk-maslahaty MEETS xi-jinping"));
    }
}
