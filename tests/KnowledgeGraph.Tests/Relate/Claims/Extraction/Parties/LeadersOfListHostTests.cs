namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A name coordinated with "the leaders of" listed parties is the party each of them deals with, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class LeadersOfListHostTests
{
    // Development articles on the 2025 China-Central Asia summit: the treaty is the host's with each listed state.
    [TestCase("ASTANA, June 17 (Reuters) - Chinese President Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed a treaty of permanent good-neighbourliness, friendship and cooperation on Tuesday, capping a summit at which Beijing pledged fresh grants and pressed for faster work on railways and pipelines across the region.")]
    [TestCase("Xi and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed a treaty of permanent good-neighbourliness at a summit in Astana last June, where Beijing also offered the region help with water-saving irrigation.")]
    public void Find_HostAndLeadersOfListSigned_HostSignsWithEach(string sentence)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Is.SupersetOf(new[]
        {
            "kazakhstan SIGNS_AGREEMENT_WITH xi-jinping", "kyrgyzstan SIGNS_AGREEMENT_WITH xi-jinping", "tajikistan SIGNS_AGREEMENT_WITH xi-jinping",
            "turkmenistan SIGNS_AGREEMENT_WITH xi-jinping", "uzbekistan SIGNS_AGREEMENT_WITH xi-jinping",
        }));
        Assert.That(claims, Does.Not.Contain("kazakhstan SIGNS_AGREEMENT_WITH kyrgyzstan").And.Not.Contain("tajikistan SIGNS_AGREEMENT_WITH uzbekistan"));
    }

    // With no host before "and", the listed leaders' states sign with each other.
    [Test]
    public void Find_LeadersOfListWithoutHost_ListedPartiesSignTogether()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The leaders of Kazakhstan, Kyrgyzstan and Uzbekistan signed a treaty on water sharing in Tashkent.");

        Assert.That(claims, Does.Contain("kazakhstan SIGNS_AGREEMENT_WITH kyrgyzstan"));
    }
}
