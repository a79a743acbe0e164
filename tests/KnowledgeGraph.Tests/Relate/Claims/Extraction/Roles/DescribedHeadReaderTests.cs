namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A head described by demonym and title, resolved to the article's named holder, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class DescribedHeadReaderTests
{
    [Test]
    public void Read_GenericHeadOfNamedPersonsState_Leads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Mr Putin’s comments separately to both leaders only served to emphasise the sense that neither China nor India was in fact very pleased with the Russian leader’s aggression in Ukraine.");

        Assert.That(claims, Does.Contain("vladimir-putin LEADS russia"));
    }

    [Test]
    public void Read_HolderNamedEarlierInArticle_Leads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Mr Putin’s comments separately to both leaders only served to emphasise the sense that neither China nor India was in fact very pleased with the war.",
            "Rather than the Uzbeks offering their visitor an award, it was the Russian leader who dished out a medal to his Uzbek counterpart.");

        Assert.That(claims, Does.Contain("vladimir-putin LEADS russia"));
    }

    // seeds/000:534: the counterpart's office is his curated role of the demonym's state, a head's.
    [Test]
    public void Read_CounterpartNamedAfterDemonym_LeadsThatState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This was clearly evident from both Mr Xi’s tour of the region and the much-watched meeting between the Chinese leader and his Russian counterpart Vladimir Putin on the fringes of the Shanghai Cooperation Organisation (SCO) summit in Samarkand, Uzbekistan, last week.");

        Assert.That(claims, Does.Contain("vladimir-putin LEADS russia"));
    }

    [Test]
    public void Read_NoHolderNamed_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Rather than the Uzbeks offering their visitor an award, it was the Russian leader who dished out a medal to his Uzbek counterpart.");

        Assert.That(claims, Has.None.Contains("LEADS"));
    }

    [Test]
    public void Read_DescribedHeadMeetingNamedPerson_HeadMeetsNotState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "President Xi Jinping’s decision to pick Central Asia for his first foreign trip since the Covid-19 pandemic began reflects Beijing’s confidence that it is now the ascendant power in the Eurasian heartland. This was clearly evident from both Mr Xi’s tour of the region and the much-watched meeting between the Chinese leader and his Russian counterpart Vladimir Putin on the fringes of the Shanghai Cooperation Organisation (SCO) summit in Samarkand, Uzbekistan, last week.");

        Assert.That(claims, Does.Contain("vladimir-putin MEETS xi-jinping").And.Contain("xi-jinping LEADS china"));
        Assert.That(claims, Has.None.StartsWith("china MEETS"));
    }
}
