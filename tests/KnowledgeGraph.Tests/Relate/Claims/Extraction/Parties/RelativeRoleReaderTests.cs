namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A role a relative clause gives the name before it ("whose largest shareholder is", "in which … are the main shareholders"), through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RelativeRoleReaderTests
{
    // Wire report (the sixty-fourth development set): the holder after the role's copula.
    [Test]
    public void ReadWhose_RoleThenCopulaThenName_NameHoldsRoleTowardsAntecedent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The AIIB, whose largest shareholder is China, has lent Pakistan more than $2.5 billion since 2016, including for the M-4 motorway in Punjab and the Tarbela 5 hydropower extension.");

        Assert.That(claims, Does.Contain("china INVESTS_IN aiib"));
        Assert.That(claims, Has.None.Contains("INVESTS_IN pakistan"));
    }

    // Wire report (the fifty-eighth development set): "whose" after a description in apposition to the name.
    [Test]
    public void ReadWhose_AfterApposedDescription_DescribedNameIsOwner()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Several Chinese firms are expected to bid for the first contracts, among them Frontier Services Group, the Hong Kong-based security and logistics company whose largest shareholder is the state conglomerate CITIC, and a newer Beijing-based firm, Zhongdun Security Services.");

        Assert.That(claims, Does.Contain("citic INVESTS_IN frontier-services-group"));
    }

    // Wire report (the fifty-ninth development set): coordinated holders before the copula, the role closing the clause.
    [TestCase("russia INVESTS_IN edb")]
    [TestCase("kazakhstan INVESTS_IN edb")]
    public void ReadPrepWhich_HoldersBeforeCopulaAndRole_EachHoldsRole(string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The World Bank is coordinating its financing and has pledged a first tranche of $400 million, while the Eurasian Development Bank, in which Russia and Kazakhstan are the main shareholders, paid for its feasibility study.");

        Assert.That(claims, Does.Contain(expected));
    }
}
