namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A site or project conferred on a party after "leased to", "awarded to", through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ConferredSiteReaderTests
{
    // Written: the party after the participle and "to" runs the site named before it.
    [TestCase("China has signed several mining and energy deals with the Taliban since 2021, but the Mes Aynak copper deposit south of Kabul, leased to Metallurgical Corporation of China in 2008, has yet to produce any copper.", "metallurgical-corporation-of-china BUILDS_OR_OPERATES mes-aynak")]
    [TestCase("Mes Aynak was leased in 2008 to a consortium of Metallurgical Corporation of China and Jiangxi Copper for about $3 billion, but work barely began before the Western-backed government collapsed in 2021.", "metallurgical-corporation-of-china BUILDS_OR_OPERATES mes-aynak")]
    [TestCase("Mes Aynak was leased in 2008 to a consortium of Metallurgical Corporation of China and Jiangxi Copper for about $3 billion, but work barely began before the Western-backed government collapsed in 2021.", "jiangxi-copper BUILDS_OR_OPERATES mes-aynak")]
    public void Read_ProjectConferredOnParty_PartyBuildsProject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a price after the lessees makes each of them an investor in the site.
    [TestCase("Mes Aynak was leased in 2008 to a consortium of Metallurgical Corporation of China and Jiangxi Copper for about $3 billion, but work barely began before the Western-backed government collapsed in 2021.", "metallurgical-corporation-of-china INVESTS_IN mes-aynak")]
    [TestCase("Mes Aynak was leased in 2008 to a consortium of Metallurgical Corporation of China and Jiangxi Copper for about $3 billion, but work barely began before the Western-backed government collapsed in 2021.", "jiangxi-copper INVESTS_IN mes-aynak")]
    public void Read_ConferredForPrice_PartyInvestsInProject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a term after "for" is no price.
    [Test]
    public void Read_ConferredForTerm_NoInvestment()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China has signed several mining and energy deals with the Taliban since 2021, but the Mes Aynak copper deposit south of Kabul, leased to Metallurgical Corporation of China for 30 years, has yet to produce any copper.");

        Assert.That(claims, Does.Contain("metallurgical-corporation-of-china BUILDS_OR_OPERATES mes-aynak"));
        Assert.That(claims, Has.None.Match("INVESTS_IN mes-aynak"));
    }

    // Written: what is given to a party is no site when no project is named before the participle.
    [Test]
    public void Read_NoProjectBeforeParticiple_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan has granted visas to Chinese engineers working on the Dasu dam, and leased land near Gwadar port to China.");

        Assert.That(claims, Has.None.Match("^china BUILDS_OR_OPERATES gwadar"));
    }
}
