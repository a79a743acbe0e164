using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>Subjects and objects of nominal triggers read through the dependency tree, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class NounArgumentsTests
{
    // Development text (h54/a1, with the paragraph that gives Azizi's full name): the subject of a verb of leading whose
    // object is a party's delegation goes where it goes, with the party, past what the delegation is made of.
    [Test]
    public void Read_LeaderOfPartyDelegationToPlace_LeaderVisits()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Transport Minister Ilkhom Makhkamov, who opened the facility alongside Afghanistan's acting commerce minister, Nooruddin Azizi, said it would cut transit times for Chinese goods bound for Afghan markets by nearly a week.",
            "Azizi, who led a 40-member Taliban delegation of officials and traders to Termez, said Afghanistan wanted to raise its annual trade with Uzbekistan to $3 billion and would guarantee the safety of foreign cargo on Afghan roads.");

        Assert.That(claims, Does.Contain("nooruddin-azizi VISITS termez"));
        Assert.That(claims, Does.Contain("taliban VISITS termez"));
    }
}
