namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Counterparts of several states named in one list, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class CounterpartListReaderTests
{
    // h29/a2.md (a development article): the demonyms and the persons pair in order.
    [Test]
    public void Read_DemonymsThenPersons_EachHoldsRoleInTheirState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Foreign Minister Wang Yi hosted his Afghan and Pakistani counterparts, Amir Khan Muttaqi and Ishaq Dar, in Beijing in May, and the three signed a memorandum on extending the China-Pakistan Economic Corridor into Afghanistan.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi HOLDS_ROLE_IN afghanistan").And.Contain("ishaq-dar HOLDS_ROLE_IN pakistan")
            .And.None.Contains("amir-khan-muttaqi HOLDS_ROLE_IN pakistan").And.None.Contains("ishaq-dar HOLDS_ROLE_IN afghanistan"));
    }

    // Written line after h29/a2.md: heads of state among the counterparts lead their states (curated roles).
    [Test]
    public void Read_CounterpartsWhoAreHeads_LeadTheirStates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Xi Jinping hosted his Kazakh and Uzbek counterparts, Kassym-Jomart Tokayev and Shavkat Mirziyoyev, in Xian.");

        Assert.That(claims, Does.Contain("kassym-jomart-tokayev LEADS kazakhstan").And.Contain("shavkat-mirziyoyev LEADS uzbekistan"));
    }

    // Written line after h29/a2.md: three persons for two states do not pair.
    [Test]
    public void Read_MorePersonsThanStates_NoRole()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Wang Yi hosted his Afghan and Pakistani counterparts, Amir Khan Muttaqi, Ishaq Dar and Abdul Ghani Baradar, in Beijing in May.");

        Assert.That(claims, Has.None.Contains("HOLDS_ROLE_IN").And.None.Contains("LEADS"));
    }
}
