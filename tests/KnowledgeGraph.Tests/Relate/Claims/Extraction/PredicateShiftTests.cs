namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>The predicate a claim takes once its entities' types are known, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PredicateShiftTests
{
    // Written line on the project's subject (no corpus sentence has a person seize control of a state by name): a coup
    // leader leads the state, and attacks no one.
    [Test]
    public void For_PersonSeizesControlOfState_Leads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pervez Musharraf seized control of Pakistan in 1999.");

        Assert.That(claims, Does.Contain("pervez-musharraf LEADS pakistan"));
        Assert.That(claims, Has.None.Contains("ATTACKS"));
    }

    // Written line: a state that seizes control of another's ground attacks it still.
    [Test]
    public void For_StateSeizesControlOfState_Attacks()
    {
        Assert.That(ShippedClaims.Of("Russia seized control of Crimea in 2014."), Has.Some.StartsWith("russia ATTACKS"));
    }

    // Written wire-report lines: states that found a body of states are its members, whatever the voice.
    [TestCase("The SCO, founded in 2001 by China, Russia and Kazakhstan, has grown.")]
    [TestCase("China, Russia and Kazakhstan founded the SCO in 2001.")]
    public void For_StatesFoundIntergovernmentalBody_MemberOf(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain("china MEMBER_OF sco").And.Contain("russia MEMBER_OF sco").And.Contain("kazakhstan MEMBER_OF sco"));
        Assert.That(claims, Has.None.Contains("LEADS"));
    }

    // Written wire-report line: an object relative on an apposition whose modifier glues a city to a participle, and
    // the co-founders after "with", are members too.
    [Test]
    public void For_RelativeFoundedWithCofounders_EachMemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Four Central Asian states are members of the Shanghai Cooperation Organisation, the Beijing-headquartered bloc that China and Russia founded in 2001 with Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.");

        Assert.That(claims, Does.Contain("china MEMBER_OF sco").And.Contain("russia MEMBER_OF sco").And.Contain("kazakhstan MEMBER_OF sco").And.Contain("uzbekistan MEMBER_OF sco"));
    }
}
