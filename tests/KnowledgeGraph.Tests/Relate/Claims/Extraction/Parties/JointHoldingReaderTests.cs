namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>The parties named after a joint body or a participle of owning together, or as its doers, through the shipped pipeline.</summary>
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

    // Development text: "joint" opens the noun of any act or body done together, and a state's possessive may describe a party.
    [TestCase("A joint request by China and Pakistan to add both groups to a United Nations Security Council sanctions list was put on hold in September by the council's Western members, diplomats said.", "china COOPERATES_WITH pakistan")]
    [TestCase("UST-KAMENOGORSK, November 20 (Reuters) - A joint venture between Kazakhstan's state uranium miner Kazatomprom and China General Nuclear Power Group (CGN) opened a second production line at its fuel plant in eastern Kazakhstan on Thursday, doubling its output of fuel assemblies for Chinese reactors.", "china-general-nuclear COOPERATES_WITH kazatomprom")]
    public void Read_JointActOfParties_PartiesCooperate(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development text: parties named together as the subject of a verb that runs, holds or sets up a joint act or body, or
    // in the relative clause after its noun, cooperate.
    [TestCase("Russia's FSB and Kyrgyzstan's State Committee for National Security run a joint task force on the Tajik border in Batken, and Russian instructors trained Kyrgyz sniffer-dog units last year.", "fsb COOPERATES_WITH kyrgyzstan-state-committee-for-national-security")]
    [TestCase("KULOB, October 9 (Reuters) - Russian, Tajik and Kyrgyz troops began a week of joint live-fire drills near Tajikistan's border with Afghanistan on Thursday, as the Russian-led Collective Security Treaty Organization (CSTO) tries to show it can defend Central Asia's southern frontier four years after the Taliban returned to power.", "kyrgyzstan COOPERATES_WITH tajikistan")]
    [TestCase("Al-Khulaifi held separate talks with Dar and Muttaqi on the sidelines, a Qatari official said, and briefed Wang on the work of a joint monitoring mechanism that Doha and Ankara set up in November.", "qatar COOPERATES_WITH turkey")]
    public void Read_JointActDoers_DoersCooperate(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development text: a joint body only agreed to be set up is the agreement's, not a cooperation read here.
    [Test]
    public void Read_JointBodyOnlyAgreed_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("TASHKENT, October 14 (Reuters) - Uzbekistan, Afghanistan and Pakistan signed an agreement on Tuesday to create a joint venture that will build and operate the Trans-Afghan railway, moving the $4.8 billion project a step closer to construction after years of surveys and summitry.");

        Assert.That(claims, Has.None.Match("COOPERATES_WITH"));
    }

    // Development text: a consortium led by one named company names no second party to cooperate with.
    [Test]
    public void Read_JointHoldingOfOneParty_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The biggest test remains Mes Aynak, the vast copper deposit in Logar province south of Kabul that a consortium led by Metallurgical Corporation of China leased in 2008 for $3 billion.");

        Assert.That(claims, Has.None.Match("COOPERATES_WITH"));
    }
}
