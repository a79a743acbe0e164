namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>A speaker's quoted words that revile a party as its oppressor, occupier, looter or coloniser, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RevilingQuoteReaderTests
{
    // h58 (a1, a2): a claim of responsibility whose participle of speech quotes a reviling word said of a demonym's actor
    // noun or of the demonym itself.
    [TestCase("The Balochistan Liberation Army claimed responsibility, saying in a statement that Chinese companies were \"looting Baloch resources\" with the help of Pakistan's army.", "balochistan-liberation-army CRITICIZES china")]
    [TestCase("Islamic State Khorasan Province (ISKP) claimed the assault through the Islamic State's Amaq news agency, calling the Chinese workers \"agents of the oppressors of Uyghur Muslims\".", "iskp CRITICIZES china")]
    public void Read_SpeakerQuotesRevilingWord_SpeakerCriticizesParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h50 (a1) and h31 (a2): the speaker is a reference to the group or its spokesman named in the sentence before.
    [TestCase("The Balochistan Liberation Army (BLA), which Washington designated a foreign terrorist organisation in August, claimed responsibility in a statement issued by its spokesman, Jeeyand Baloch. The group said its fighters had targeted \"agents of Chinese occupation\" and the Pakistani troops guarding them.", "balochistan-liberation-army CRITICIZES china")]
    [TestCase("A spokesman for the group, Jeeyand Baloch, said in a statement that the engineers worked for Huaxing Road and Bridge Group, a Chinese state-owned contractor building a section of the M-8 motorway. He threatened that \"every Chinese company looting Baloch resources\" would be targeted next.", "jeeyand-baloch CRITICIZES china")]
    public void Read_ReferredSpeakerQuotesRevilingWord_SpeakerCriticizesParty(string paragraph, string expected)
    {
        Assert.That(ShippedClaims.Of(paragraph), Does.Contain(expected));
    }

    // h54 (a3): a news agency only carries the group's words; h50 (a2): a quotation before its verb of speech is an
    // observer's, not a stance of the one quoted.
    [TestCase("The attack, on a stretch of highway between the river port of Hairatan and the provincial capital, was claimed on Monday by Islamic State Khorasan Province through the Islamic State's Amaq news agency, which said the group had targeted \"the caravans of the Chinese oppressors and their Taliban guards\".", "amaq CRITICIZES china")]
    [TestCase("\"Baloch militants will portray any Chinese guard as an occupying soldier,\" said Zhao Minghua, who studies South Asian security at Renmin University in Beijing.", "CRITICIZES china")]
    public void Read_CarrierOrObserverQuotes_NoCriticism(string sentence, string absent)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains(absent));
    }
}
