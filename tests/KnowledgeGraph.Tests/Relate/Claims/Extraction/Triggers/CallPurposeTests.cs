using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>A telephone call placed for another act states that act, not talks, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class CallPurposeTests
{
    // Written development lines (h31, h50, h61): a call made to offer condolences or to demand something is no talks.
    [TestCase("Prime Minister Shehbaz Sharif telephoned Chinese Premier Li Qiang to offer condolences and promised that those behind the attack would be brought to justice, his office said.", "li-qiang LEADS china", "li-qiang NEGOTIATES_WITH shehbaz-sharif")]
    [TestCase("Prime Minister Shehbaz Sharif telephoned Chinese Ambassador Jiang Zaidong to offer condolences and promised that those behind the attack would be \"brought to justice\", his office said.", "jiang-zaidong HOLDS_ROLE_IN china", "jiang-zaidong NEGOTIATES_WITH shehbaz-sharif")]
    public void OtherAct_CallPlacedForAnotherAct_NoTalks(string sentence, string expected, string absent)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected).And.No.Contain(absent));
    }

    // Written development line (h61): words of time may stand between the one called and the purpose.
    [Test]
    public void OtherAct_PurposeAfterTimePhrase_NoTalks()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Wang Yi telephoned Muttaqi after the killings to demand that the perpetrators be brought to justice, and Chinese security officials travelled to Faizabad to follow the investigation, two Taliban officials said.");

        Assert.That(claims, Does.Not.Contain("amir-khan-muttaqi NEGOTIATES_WITH wang-yi"));
    }

    // Written: a call placed to bring a topic up is still talks.
    [Test]
    public void OtherAct_CallPlacedToDiscuss_StillTalks()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Prime Minister Shehbaz Sharif telephoned Chinese Premier Li Qiang to discuss the attack.");

        Assert.That(claims, Does.Contain("li-qiang NEGOTIATES_WITH shehbaz-sharif"));
    }
}
