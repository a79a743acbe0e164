namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>An act judged in apposition to the clause that reports it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AppraisedActReaderTests
{
    // Written wire-report lines: the judge after the act's noun states the verb's predicate of the sentence's opening name.
    [TestCase("Pakistan has also expelled hundreds of thousands of Afghan refugees since late 2023, a campaign the Taliban have condemned as cruel.", "taliban CRITICIZES pakistan")]
    [TestCase("Beijing has repeatedly pressed Islamabad to let Chinese private security firms protect its citizens, a request Pakistani officials have resisted as an infringement of sovereignty.", "pakistan OPPOSES china")]
    [TestCase("China built an outpost in Tajikistan, a move Moscow has quietly criticised.", "russia CRITICIZES china")]
    public void Read_ActJudgedInApposition_JudgeStatesPredicateOfDoer(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a verb of no judgement after the act's noun states nothing of the doer.
    [Test]
    public void Read_ActTakenByAnother_NoClaimOnTheDoer()
    {
        Assert.That(ShippedClaims.Of("Beijing has stopped short of formally recognising the Taliban government, a step Russia took in July 2025."), Has.None.StartsWith("russia"));
    }

    // Written wire-report lines: rebutting an accusation criticises its maker; a plural act needs no article, "that" may
    // follow it, and coordinated judges and doers each state the claim.
    [TestCase("Pakistan's military has accused India of backing the militants, charges that New Delhi and Kabul have dismissed.", "india CRITICIZES pakistan")]
    [TestCase("Pakistan's military has accused India of backing the militants, charges that New Delhi and Kabul have dismissed.", "afghanistan CRITICIZES pakistan")]
    [TestCase("Islamabad said the bombers came from Afghanistan, an accusation that the Taliban rejected.", "taliban CRITICIZES pakistan")]
    [TestCase("Russia and Iran call the pipeline a threat to the Caspian, an interpretation that Ashgabat and Baku reject as a misreading.", "azerbaijan CRITICIZES iran")]
    public void Read_AccusationRebutted_RebutterCriticizesAccuser(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: an act's noun after a comma is said of the clause, so the name that ends the clause is no relative's object.
    [Test]
    public void Read_AccusationAfterNamedPlace_PlaceIsNoObject()
    {
        Assert.That(ShippedClaims.Of("Islamabad said the bombers came from Afghanistan, an accusation that the Taliban rejected."), Has.None.EndsWith("afghanistan"));
    }
}
