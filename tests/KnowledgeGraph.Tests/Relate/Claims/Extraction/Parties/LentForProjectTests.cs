namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>The project a loan is for, named after "for" behind its lender, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class LentForProjectTests
{
    // h28/a3.md:16 (a development article): the project lent for, after "for" behind the recipient and its apposition.
    [Test]
    public void Find_CreditLineFromLenderForProject_LenderFundsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The largest single deal was a $1.2 billion credit line from China Development Bank to Samruk-Kazyna, Kazakhstan's sovereign wealth fund, for the planned Ekibastuz gasification plant, which China Energy Engineering Corporation is to build.");

        Assert.That(claims, Does.Contain("china-development-bank FUNDS d:project:ekibastuz-gasification-plant"));
        Assert.That(claims, Does.Contain("china-development-bank FUNDS samruk-kazyna"));
    }

    // Written: a project after a relative clause is not the one lent for.
    [Test]
    public void Find_ProjectAfterRelativeClause_NotFunded()
    {
        Assert.That(ShippedClaims.Of("Pakistan received a loan from China, which praised the Gwadar port for its location."), Does.Not.Contain("china FUNDS gwadar-port"));
    }
}
