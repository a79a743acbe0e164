using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>Verbs conjoined by "and" with an earlier past verb, through the shipped pipeline on written development lines.</summary>
[TestFixture]
internal sealed class ConjoinedSubjectsTests
{
    // Written development line (h45): "spoke" is an irregular past the tagger's lexicon knows, so the verb after "and"
    // shares its subject.
    [Test]
    public void ConjoinedVerb_AfterIrregularPast_SharesItsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Foreign Minister Wang Yi also spoke by telephone with his Afghan counterpart, Amir Khan Muttaqi, and urged Kabul to take \"resolute measures\" against the East Turkestan Islamic Movement and other groups that threaten China's security, Chinese state media reported.");

        Assert.That(claims, Does.Contain("wang-yi DEMANDS_FROM afghanistan"));
    }

    // Written development line (h49): "flew" opens the verb conjoined after it, and the ", and" before the next clause's
    // subject ends the objects of "met".
    [Test]
    public void ConjoinedVerb_AfterIrregularPastBeforeNextClause_MeetsOnlyItsObject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "After those attacks, Chinese Public Security Minister Wang Xiaohong flew to Dushanbe and met Tajik Interior Minister Ramazon Rahimzoda, and the two governments agreed to set up a joint command centre to protect Chinese projects, the Tajik interior ministry said.");

        Assert.That(claims, Has.Some.Matches<string>(c => c.EndsWith("ramazon-rahimzoda MEETS wang-xiaohong", StringComparison.Ordinal)));
        Assert.That(claims, Does.Not.Contain("tajikistan MEETS wang-xiaohong").And.Not.Contain("china MEETS wang-xiaohong"));
    }

    // Written development line (h71): the verb after ", and" follows the clause "told" reports; it is the speaker's, though
    // the report is longer than the window for an earlier verb.
    [Test]
    public void ConjoinedVerb_AfterLongReport_TakesTheSpeaker()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "China's envoy Fu Cong told the council that Beijing would never accept any use of Afghan soil by the group, and urged the Taliban to take \"more robust and verifiable\" steps against all terrorist organisations.");

        Assert.That(claims, Does.Contain("fu-cong DEMANDS_FROM taliban"));
    }

    // Written development line (h66): a report told in the perfect goes on, without a comma, with what its own subject did.
    [Test]
    public void ConjoinedVerb_AfterPerfectReportWithoutComma_KeepsTheReportedSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "UNAMA said its head, Kristina Lindqvist, had met Deputy Prime Minister Abdul Salam Hanafi in Kabul on Sunday and urged the Taliban to let women return to aid work before the summer lean season.");

        Assert.That(claims, Does.Not.Contain("unama DEMANDS_FROM taliban"));
    }
}
