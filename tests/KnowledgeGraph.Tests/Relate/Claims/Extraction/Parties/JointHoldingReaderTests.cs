namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>The parties named after a joint body or a participle of owning together, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class JointHoldingReaderTests
{
    // Development text: the parties of a consortium, of a joint venture's owners and of a co-owned line cooperate.
    [TestCase("The deposit, one of the world's largest untapped copper reserves, was leased in 2008 to a consortium of Metallurgical Corporation of China and Jiangxi Copper for about $3 billion, but work barely began before the Western-backed government collapsed in 2021.", "jiangxi-copper COOPERATES_WITH metallurgical-corporation-of-china")]
    [TestCase("China Railway Group and China Railway Construction Corp are digging the tunnels on the Kyrgyz section under contracts signed with CKU Railway Co, a joint venture owned by China State Railway Group, Kyrgyz Temir Jolu and Uzbekistan Railways.", "kyrgyz-temir-jolu COOPERATES_WITH uzbekistan-railways")]
    [TestCase("The Kazakh network also carries Turkmen and Uzbek gas to China through the three strings of the Central Asia-China gas pipeline, which crosses Kazakhstan for about 1,300 km and is co-owned on Kazakh territory by QazaqGaz and CNPC.", "cnpc COOPERATES_WITH qazaqgaz")]
    public void Read_JointHoldingOfParties_PartiesCooperate(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development text: a consortium led by one named company names no second party to cooperate with.
    [Test]
    public void Read_JointHoldingOfOneParty_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The biggest test remains Mes Aynak, the vast copper deposit in Logar province south of Kabul that a consortium led by Metallurgical Corporation of China leased in 2008 for $3 billion.");

        Assert.That(claims, Has.None.Match("COOPERATES_WITH"));
    }
}
