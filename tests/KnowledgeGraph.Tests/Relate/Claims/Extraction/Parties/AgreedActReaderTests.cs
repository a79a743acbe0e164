namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Parties that agree to act together cooperate, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AgreedActReaderTests
{
    // Written development lines (h26, h31, h33): "agreed", past a time phrase, "to" and a verb; the agreement stays.
    [TestCase("The deal is the latest step in a security relationship that has grown quietly since 2016, when China and Tajikistan agreed to build a string of outposts and a training centre on the Tajik side of the border.", "china COOPERATES_WITH tajikistan")]
    [TestCase("Planning Minister Ahsan Iqbal said on Tuesday that Pakistan and China had agreed to fast-track the desalination plant.", "china COOPERATES_WITH pakistan")]
    [TestCase("Tokayev said afterwards that Kazakhstan and China had agreed to expand intelligence sharing on militants returning from Syria and Afghanistan.", "china COOPERATES_WITH kazakhstan")]
    public void Read_PartiesAgreedToAct_Cooperate(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.Some.Contains("SIGNS_AGREEMENT_WITH"));
    }

    // Written development line (h42): what was agreed is a thing ("a ceasefire that … agreed in Doha"), not an act done together.
    [Test]
    public void Read_ThingAgreed_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A ceasefire that Islamabad and Kabul agreed in Doha on Oct. 19 under Qatari and Turkish mediation has largely held.");

        Assert.That(claims, Does.Contain("afghanistan SIGNS_AGREEMENT_WITH pakistan"));
        Assert.That(claims, Has.None.Contains("COOPERATES_WITH"));
    }

    // Written development line (h40): a group of three agrees to acts one of them does ("extend the corridor into
    // Afghanistan"); the agreement is read, no cooperation.
    [Test]
    public void Read_GroupOfThreeAgreed_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "ISLAMABAD, January 22 (Reuters) - The foreign ministers of China, Pakistan and Afghanistan met in Islamabad on Thursday for their first three-way talks since deadly border clashes in October pushed the two South Asian neighbours to the brink of war, with Beijing pressing both sides to restore trade and rein in militants.",
            "In a memorandum signed after the four-hour meeting, the three countries agreed to extend the China-Pakistan Economic Corridor into Afghanistan and to reopen the Torkham and Chaman crossings, which Pakistan shut after the fighting, halting most trade between the two neighbours.");

        Assert.That(claims, Does.Contain("afghanistan SIGNS_AGREEMENT_WITH pakistan"));
        Assert.That(claims, Has.None.EqualTo("afghanistan COOPERATES_WITH pakistan"));
    }

    // CIA World Factbook, Macau (relation training set): "an agreement to return" is a noun, not a form of "agree".
    [Test]
    public void Read_AgreementNounToAct_NoCooperation()
    {
        Assert.That(ShippedClaims.Of("In April 1987, Portugal and China reached an agreement to return Macau to Chinese rule in 1999."), Has.None.Contains("COOPERATES_WITH"));
    }
}
