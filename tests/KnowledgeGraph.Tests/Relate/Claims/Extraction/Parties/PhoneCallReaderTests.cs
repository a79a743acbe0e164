namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A verb of addressing with a phrase of talking by telephone after it is talks, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PhoneCallReaderTests
{
    // Development articles: the party after "with" that follows the phrase, else the verb's addressee before it.
    [TestCase("Special envoy Yue Xiaoyong visited Kabul and Islamabad in December, and Foreign Minister Wang Yi urged both governments to show restraint in a phone call with Amir Khan Muttaqi, the Taliban's foreign minister, according to Chinese state media.", "amir-khan-muttaqi NEGOTIATES_WITH wang-yi")]
    [TestCase("Iranian Foreign Minister Abbas Araghchi, who visited Kabul in January 2025 and met senior Taliban leaders there, told his Afghan counterpart Amir Khan Muttaqi in a phone call on Monday that Iran was ready to double rail freight to Afghanistan this year, Iran's foreign ministry said.", "abbas-araghchi NEGOTIATES_WITH amir-khan-muttaqi")]
    public void Read_VerbOfAddressingByPhone_SubjectNegotiatesWithParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // A news agency told something by telephone is a source, not a party to talks.
    [Test]
    public void Read_ToldNewsAgencyByPhone_NoTalks()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("After the February ambush, China Gezhouba Group halted work at Dasu for two weeks and moved about 150 Chinese staff into a camp guarded by the army, the company's project manager, Zhang Wei, told Reuters by phone.");

        Assert.That(claims, Has.None.Contains("NEGOTIATES_WITH"));
    }
}
