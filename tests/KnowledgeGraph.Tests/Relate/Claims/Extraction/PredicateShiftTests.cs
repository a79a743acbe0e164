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
}
