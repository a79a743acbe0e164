namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>
/// A giver providing a recipient with aid, through the shipped pipeline. The lines are written wire-report English on
/// the project's subject: no seed or VOA sentence is written this way.
/// </summary>
[TestFixture]
internal sealed class ProvisionReaderTests
{
    [Test]
    public void Read_SuppliedCapitalWithAid_GiverProvidesAidToRecipient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing supplied Kabul with humanitarian aid after the earthquake in Herat.");

        Assert.That(claims, Does.Contain("china PROVIDES_AID_TO afghanistan"));
    }

    [Test]
    public void Read_ProvidedWithWhatIsNoAid_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The attack provided Pakistan with a reason to close the border with Afghanistan.");

        Assert.That(claims, Has.None.Contains("PROVIDES_AID_TO"));
    }

    [Test]
    public void Read_ProvidedGroupWithMissiles_GiverProvidesAid()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Iran has provided the Houthis with missiles.");

        Assert.That(claims, Does.Contain("iran PROVIDES_AID_TO houthis"));
    }
}
