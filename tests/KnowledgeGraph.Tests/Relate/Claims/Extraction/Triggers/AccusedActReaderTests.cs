using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>The act a party is accused of, through the shipped pipeline.</summary>
/// <remarks>No seed or VOA dev sentence accuses a named party "of" an act the lexicon names; the line is written in the
/// form wire reports on Pakistan and Afghanistan use.</remarks>
[TestFixture]
internal sealed class AccusedActReaderTests
{
    [Test]
    public void Read_AccusedOfHarbouring_HedgedActBesideTheAccusation()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Islamabad has repeatedly accused Kabul of harbouring the TTP.");

        var claims = doc.Paragraphs.SelectMany(p => p.Claims).ToDictionary(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}", c => c.Hedged);
        Assert.That(claims, Does.ContainKey("afghanistan HARBORS ttp").WithValue(true));
        Assert.That(claims, Does.ContainKey("pakistan CRITICIZES afghanistan").WithValue(false));
    }

    // Written: the passive accusation reads the same act, hedged.
    [TestCase("Pakistan’s Inter-Services Intelligence has long been accused of supporting the Afghan Taliban.", "inter-services-intelligence SUPPORTS taliban")]
    [TestCase("Iran was blamed for attacking Israel.", "iran ATTACKS israel")]
    public void Read_PassiveAccusation_ActOfTheSubjectHedged(string sentence, string expected)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == expected);
        Assert.That(claim.Hedged, Is.True);
    }
}
