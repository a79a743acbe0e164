namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A site described in apposition by the state that runs it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ApposedSiteOwnerReaderTests
{
    // VOA dev (2018-05-04-china-denies-lasers-djibouti.md:23, 2018-03-07-china-russia-challenge-us-in-africa.md:27) and a
    // written line: the state named in the apposition's site noun runs the site.
    [TestCase("The U.S. believes the laser was beamed from or near China’s base, about 10.5 kilometers from Camp Lemonnier, the U.S. installation.", "united-states BUILDS_OR_OPERATES d:place:camp-lemonnier")]
    [TestCase("For U.S. Africa Command, perhaps no situation is as concerning as the one in Djibouti, home to Camp Lemonnier, the only permanent U.S. military installation on the African continent and a hub for U.S. counterterror operations.", "united-states BUILDS_OR_OPERATES d:place:camp-lemonnier")]
    [TestCase("Bagram, the former American air base, was abandoned in 2021.", "united-states BUILDS_OR_OPERATES bagram")]
    public void Read_SiteApposedWithStatesSiteNoun_StateOperatesSite(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a state's name as the apposition's own head ("a U.S. ally") describes no site it runs.
    [Test]
    public void Read_ApposedNounIsNoSite_NoClaim()
    {
        Assert.That(ShippedClaims.Of("Djibouti, a U.S. ally, hosts several foreign bases."), Has.None.Contains("BUILDS_OR_OPERATES djibouti"));
    }
}
