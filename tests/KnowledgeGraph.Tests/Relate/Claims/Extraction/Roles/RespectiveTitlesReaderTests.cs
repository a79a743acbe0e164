namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A plural title over a list of bodies and the list of their holders, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RespectiveTitlesReaderTests
{
    // tests/eval/written/h32/a3.md:32 (each holder of the title in the body at the same place of its list)
    [Test]
    public void Read_TitlesOfThreeStatesThenThreePersons_EachHoldsRoleInOwnState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Zhao's visit comes ahead of a trilateral meeting in Islamabad later this month at which the foreign ministers of China, Afghanistan and Pakistan, Wang Yi, Amir Khan Muttaqi and Ishaq Dar, are expected to discuss extending the China-Pakistan Economic Corridor into Afghanistan.");

        Assert.That(claims, Does.Contain("wang-yi HOLDS_ROLE_IN china").And.Contain("amir-khan-muttaqi HOLDS_ROLE_IN afghanistan").And.Contain("ishaq-dar HOLDS_ROLE_IN pakistan"));
        Assert.That(claims, Does.Not.Contain("wang-yi HOLDS_ROLE_IN pakistan").And.Not.Contain("ishaq-dar HOLDS_ROLE_IN china"));
    }

    // A seed line: a plural title over a list of states with no list of holders after it states no office.
    [Test]
    public void Read_TitlesOfStatesWithoutHolders_NoOffice()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This led to the creation of the Shanghai Five grouping, bringing together the leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan, and Russia to help define borders, establish what military presence would exist, what cross-border trade would look like, and how the relationships between China and these new states could develop.");

        Assert.That(claims, Has.None.Match(" LEADS "));
    }
}
