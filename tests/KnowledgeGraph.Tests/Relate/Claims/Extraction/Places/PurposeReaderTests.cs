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
}
