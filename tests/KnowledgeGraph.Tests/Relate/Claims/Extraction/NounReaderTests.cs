using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Nominal triggers read by the token rules, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class NounReaderTests
{
    [Test]
    public void Read_ResolvedPossessivePronoun_IsTheAgent()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Then Chinese Premier Li Peng had already promoted the idea of reviving the old Silk Road during his tour of Central Asia in April 1994, when he stopped at all the capitals except war-torn Dushanbe.");

        Assert.That(doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}"), Does.Contain("li-peng VISITS central-asia"));
    }

    [Test]
    public void Read_AmountBetweenLightVerbAndNoun_FindsSubject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "And in 2015, China did $188 billion worth of trade with Africa, more than the next top three countries combined, according to a report from McKinsey and Company, a global management consulting firm.");

        Assert.That(Claims(doc), Does.Contain("africa TRADES_WITH china"));
    }

    [Test]
    public void Read_PossessorOfRelationship_CooperatesWithObject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Modern China’s relationship with Central Asia goes back to the end of the Soviet Union.");

        Assert.That(Claims(doc), Does.Contain("central-asia COOPERATES_WITH china"));
    }

    [Test]
    public void Read_ClosenessBetweenTwoNames_IsAlliance()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "But as the wider China-India relationship fell apart, in large part due to increasingly aggressive border clashes and the growing proximity between India and the US, this cooperation fell by the wayside.");

        Assert.That(Claims(doc), Does.Contain("india ALLIED_WITH united-states"));
    }

    // No corpus sentence negates a membership noun; the construction of the seed article on the SCO, written plainly.
    [Test]
    public void Read_NegationBetweenCopulaAndNoun_NegatedClaim()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Turkmenistan is not a member of the Shanghai Cooperation Organisation.");

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => c.Predicate == "MEMBER_OF");
        Assert.That((claim.Subject.Id, claim.Object.Id, claim.Negated), Is.EqualTo(("turkmenistan", "sco", true)));
    }

    [Test]
    public void Read_FullMemberAfterCopula_MemberOf()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Iran became a full member of the SCO in 2023.");

        Assert.That(Claims(doc), Does.Contain("iran MEMBER_OF sco"));
    }

    private static IEnumerable<string> Claims(Document doc) =>
        doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}");
}
