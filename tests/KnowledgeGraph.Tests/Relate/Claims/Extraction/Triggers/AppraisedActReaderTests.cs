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
}
