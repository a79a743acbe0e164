using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>Another state's conditional alias read as the body a curated person of the sentence holds a role in, through the shipped pipeline on dev lines.</summary>
[TestFixture]
internal sealed class HolderOwnedBodiesTests
{
    // Written dev h67/a1.md:27 and :29: "Foreign Ministry" would be China's in an article that names China, but
    // Zakharova's listed role is in Russia's foreign ministry, whose name ends with the words.
    [Test]
    public void Process_ConditionalAliasBeforeCuratedHolder_IsTheHoldersBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Russia, which in July 2025 became the first country to formally recognise the Taliban government, has backed Kabul's demand. Foreign Ministry spokeswoman Maria Zakharova said last week that the freezing of Afghan assets was \"economic robbery\" by the United States and its allies.",
            "China has taken a more cautious line.");
        Assert.That(claims, Does.Contain("maria-zakharova HOLDS_ROLE_IN russia-ministry-of-foreign-affairs"));
        Assert.That(claims, Does.Not.Contain("maria-zakharova HOLDS_ROLE_IN china-ministry-of-foreign-affairs"));
    }
}
