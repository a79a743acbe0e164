using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Charges rebutted in apposition, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RebuttedChargeReaderTests
{
    // Written wire-report lines: a charge rebutted in apposition to the clause that makes it is criticism back at the
    // accuser (the guide: rejecting an accusation criticises the accuser).
    [TestCase("Pakistan accuses the Taliban of sheltering the TTP, a charge Afghanistan denies.", "afghanistan CRITICIZES pakistan")]
    [TestCase("Islamabad accuses the Taliban of sheltering fighters of the Tehrik-e-Taliban Pakistan, an accusation the Taliban reject.", "taliban CRITICIZES pakistan")]
    [TestCase("Pakistan said the attack had been planned in Afghanistan, a charge the Taliban rejected.", "taliban CRITICIZES pakistan")]
    public void Read_ChargeDeniedInApposition_DenierCriticisesAccuser(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: with no accuser named (a passive without its agent) the denial criticises no one.
    [Test]
    public void Read_ChargeDeniedWithoutAccuser_NoCriticism()
    {
        Assert.That(ShippedClaims.Of("China has been accused of building a base, a charge Beijing denies."), Has.None.Contains("CRITICIZES"));
    }
}
