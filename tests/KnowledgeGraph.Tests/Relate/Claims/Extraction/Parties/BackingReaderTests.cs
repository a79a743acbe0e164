namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Backing written as a clause's manner ("with Soviet support", "in support of"), through the shipped pipeline.</summary>
[TestFixture]
internal sealed class BackingReaderTests
{
    // CIA World Factbook, Cuba and Armenia (relation training set).
    [TestCase("Cuba's communist revolution, with Soviet support, was exported throughout Latin America and Africa during the 1960s, 1970s, and 1980s.", "soviet-union SUPPORTS cuba")]
    [TestCase("Turkey closed its border with Armenia in 1993 in support of Azerbaijan during the first period of conflict with Armenia and has since maintained a closed border, leaving Armenia with closed borders both in the west (with Turkey) and east (with Azerbaijan).", "turkey SUPPORTS azerbaijan")]
    // A written line on the project's subject (no corpus sentence writes a demonym's help after "with" so).
    [TestCase("Pakistan built the Chashma reactors with Chinese help.", "china SUPPORTS pakistan")]
    public void Read_BackingInClauseManner_Supports(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // CIA World Factbook, Vanuatu (relation training set): a demonym after "support from" qualifies unnamed backers.
    [Test]
    public void Read_SupportFromDemonymQualifiedBackers_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Nagriamel Movement, with support from French-speaking landowners, then declared the island of Espiritu Santo independent from Vanuatu, but the short-lived state was dissolved 12 weeks later.");

        Assert.That(claims, Has.None.Contains("SUPPORTS"));
    }

    // Written set h27 (a1): the help is in the act China is accused of, not given to the spokesman who accuses.
    [Test]
    public void Read_WithPhraseInAccusedAct_NoSupportForSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Jeeyand Baloch, the group's spokesman, said in a statement that its Majeed Brigade had carried out the bombing and accused China of plundering the mineral wealth of Balochistan with the help of the Pakistani military.");

        Assert.That(claims, Has.None.EqualTo("pakistan-army SUPPORTS jeeyand-baloch"));
    }
}
