namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Two parties a description of two stands for, acting jointly, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class JointPairReaderTests
{
    // Development text: "the two governments" are Kyrgyzstan and Tajikistan, named earlier in the paragraph; "jointly"
    // after the verb's object makes them cooperate.
    [Test]
    public void Read_TwoGovernmentsActJointly_PairCooperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Under the deal, which Kyrgyzstan's Jogorku Kenesh and Tajikistan's Majlisi Oli ratified within days, Kyrgyzstan ceded pasture near the village of Kyzyl-Bel in exchange for land along the road to Vorukh. The two governments also agreed to run the Golovnaya water intake on the Isfara River jointly, ending a row over irrigation water that set off the 2021 clashes.");

        Assert.That(claims, Does.Contain("kyrgyzstan COOPERATES_WITH tajikistan"));
    }

    // Development text, with the paragraph before it: "the two sides" are China and Pakistan, and "they", which stands for
    // them too, may come between the description and "jointly"; the groups they combat are no partners.
    [Test]
    public void Read_TwoSidesSayTheyWouldJointlyCombat_PairCooperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Pakistani officials privately acknowledge that the pressure has intensified since October, when a convoy of Chinese port workers was ambushed in Gwadar, whose deep-sea port is the centrepiece of the corridor.",
            "In a joint statement, the two sides said they would \"jointly combat\" the BLA, the East Turkestan Islamic Movement and the Pakistani Taliban, and would not allow \"any force\" to sabotage CPEC. China also reiterated its support for Pakistan's sovereignty and territorial integrity.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH pakistan"));
        Assert.That(claims, Has.None.Contain("COOPERATES_WITH balochistan-liberation-army"));
    }
}
