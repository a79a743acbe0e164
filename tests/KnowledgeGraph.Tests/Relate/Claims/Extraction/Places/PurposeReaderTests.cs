using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>The purpose of a visit (talks, a meeting) read from the sentence's own VISITS claim, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PurposeReaderTests
{
    // Written in the wire form, on the project's subject.
    [TestCase("Amir Khan Muttaqi travelled to Beijing for talks with Wang Yi.", "amir-khan-muttaqi NEGOTIATES_WITH wang-yi")]
    [TestCase("Wang Yi arrived in Kabul on Thursday for talks with Taliban officials.", "taliban NEGOTIATES_WITH wang-yi")]
    [TestCase("Wang Yi flew to Islamabad to meet Pakistani leaders.", "pakistan MEETS wang-yi")]
    public void Read_VisitForInPersonPurpose_TravellerDoesIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: talks called for are no visit's purpose, and a visit that did not happen has none.
    [TestCase("China called for talks with the Taliban.")]
    [TestCase("Wang Yi did not travel to Islamabad for talks with Pakistani officials.")]
    public void Read_NoVisitOrNegatedVisit_NoPurposeClaim(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("NEGOTIATES_WITH"));
    }

    [Test]
    public void Read_HyphenCompoundBeforePurposeNoun_IsRead()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Akhund told the envoy that the Islamic Emirate would not let any group use Afghan soil against China, a pledge Taliban leaders have repeated in each of their meetings with Chinese Foreign Minister Wang Yi since 2021.",
            "Wang visited Kabul in August 2025 for three-way talks with Foreign Minister Amir Khan Muttaqi and Pakistan's Ishaq Dar, at which the three ministers agreed to extend the China-Pakistan Economic Corridor into Afghanistan.");

        Assert.That(ShippedClaims.In(doc), Does.Contain("amir-khan-muttaqi NEGOTIATES_WITH wang-yi"));
        Assert.That(ShippedClaims.In(doc), Does.Contain("ishaq-dar NEGOTIATES_WITH wang-yi"));
    }
}
