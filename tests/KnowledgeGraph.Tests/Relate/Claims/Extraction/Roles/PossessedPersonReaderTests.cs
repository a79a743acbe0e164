namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A state's possessive right before a person's name, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class PossessedPersonReaderTests
{
    // Written development set h40: each state's possessive names the office its minister holds in a list.
    [Test]
    public void Read_ListOfPossessedMinisters_EachHoldsRoleInState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The two-day meeting in the Kyrgyz capital, chaired by Kyrgyz Foreign Minister Jeenbek Kulubaev, brought together ministers from the bloc's 10 member states, including China's Wang Yi, Russia's Sergei Lavrov, India's Subrahmanyam Jaishankar and Pakistan's Ishaq Dar.");

        Assert.That(claims, Does.Contain("wang-yi HOLDS_ROLE_IN china")
            .And.Contain("sergey-lavrov HOLDS_ROLE_IN russia")
            .And.Contain("s-jaishankar HOLDS_ROLE_IN india")
            .And.Contain("ishaq-dar HOLDS_ROLE_IN pakistan"));
    }

    // Written development set h34: one possessed person after "and" in a meeting's parties.
    [Test]
    public void Read_PossessedPersonAfterAnd_HoldsRoleInState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese Foreign Minister Wang Yi travelled to Kabul in August for a trilateral meeting with Muttaqi and Pakistan's Ishaq Dar, at which the three sides agreed to extend the China-Pakistan Economic Corridor into Afghanistan.");

        Assert.That(claims, Does.Contain("ishaq-dar HOLDS_ROLE_IN pakistan"));
    }
}
