namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>What a party is said to hope another will do, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class HopedActReaderTests
{
    // h27 (a3) and h29 (a1): a reported hope that a named party, or a demonym with an actor noun, will act.
    [TestCase("Jiang also said China hoped Pakistan would allow Chinese security firms to operate in the country, a demand Beijing has repeated privately in meetings with Pakistani leaders.", "china DEMANDS_FROM pakistan")]
    [TestCase("In Beijing, Foreign Ministry spokesperson Mao Ning said on Monday that Chinese firms in Afghanistan operated \"in accordance with the law and market principles\" and that China hoped the Afghan side would protect their lawful rights.", "china DEMANDS_FROM afghanistan")]
    // Written variant: a present hope needs no speech verb.
    [TestCase("Kazakhstan hopes China will buy more Kazakh gas.", "kazakhstan DEMANDS_FROM china")]
    public void Read_HopedPartyWillAct_DemandsFromParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Seeds (000_b1cf9653562b7715.txt:732): a past hope told as a story is an expectation; written: a project hoped to do
    // something is asked nothing.
    [TestCase("Beijing hoped that the Taliban would form a broad-based government whose inclusiveness would support regime stability, but instead a single faction dominates the new administration.")]
    [TestCase("Afghanistan's mines ministry hopes the Mes Aynak copper mine will produce its first copper in 2028.")]
    public void Read_StoryHopeOrHopedProject_NoDemand(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("DEMANDS_FROM"));
    }
}
