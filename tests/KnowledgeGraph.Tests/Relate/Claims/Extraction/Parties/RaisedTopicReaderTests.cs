namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A topic raised or discussed "with" a party is talks with that party, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RaisedTopicReaderTests
{
    // Development articles: the topic, a few words that may name things, then "with" and the party.
    [TestCase("Foreign Minister Wang Yi raised the issue with his Afghan counterpart, Amir Khan Muttaqi, in a telephone call last week, the Afghan foreign ministry said.", "amir-khan-muttaqi NEGOTIATES_WITH wang-yi")]
    [TestCase("Beijing has also raised the fighters' movements with Ankara, and Chinese and Turkish police officials met in Istanbul this month, a Turkish security source said.", "china NEGOTIATES_WITH turkey")]
    [TestCase("Foreign Minister Abbas Araghchi discussed the returns by telephone last week with his Afghan counterpart, Amir Khan Muttaqi, who urged Tehran to treat migrants \"in accordance with Islamic and neighbourly principles\", according to the Afghan foreign ministry.", "abbas-araghchi NEGOTIATES_WITH amir-khan-muttaqi")]
    [TestCase("The officials said Pakistan had also discussed China's J-35 stealth fighter with Chinese counterparts, but no purchase had been agreed, and one of them said the plane was unlikely to reach Pakistan before 2027.", "china NEGOTIATES_WITH pakistan")]
    public void Read_TopicRaisedWithParty_SubjectNegotiatesWithParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // A level raised is no topic brought up.
    [Test]
    public void Read_TensionsRaisedWithParty_NoTalks()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan's decision raised tensions with India.");

        Assert.That(claims, Has.None.Contains("NEGOTIATES_WITH"));
    }
}
