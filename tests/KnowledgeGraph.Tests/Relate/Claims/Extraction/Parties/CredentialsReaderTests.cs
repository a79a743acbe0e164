using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>An envoy's credentials received or presented: the receiver hosts the envoy; through the shipped pipeline.</summary>
[TestFixture]
internal sealed class CredentialsReaderTests
{
    // h29/a1.md (a development article, with its sentence before for the short names): the envoy presents to the host.
    [Test]
    public void Read_CredentialsPresentedToPerson_ReceiverHostsEnvoy()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Chinese Ambassador Zhao Xing met Afghanistan's acting prime minister, Mohammad Hasan Akhund, in Kabul last week. Zhao presented his credentials to Akhund in September 2023, making China the first country to name a full ambassador to Kabul since the Taliban takeover.");

        Assert.That(claims, Does.Contain("mohammad-hasan-akhund HOSTS zhao-xing").And.None.Contains("zhao-xing HOSTS"));
    }

    // h29/a1.md, with the envoy's full name: the receiver of a person's credentials hosts the person.
    [Test]
    public void Read_PersonsCredentialsReceived_ReceiverHostsEnvoy()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Xi Jinping received Bilal Karimi's credentials at a ceremony in Beijing, and the envoy has since led several trade delegations to Chinese provinces.");

        Assert.That(claims, Does.Contain("xi-jinping HOSTS bilal-karimi"));
    }

    // Written line after h29/a1.md: a refusal to accept them is negated.
    [Test]
    public void Read_RefusedToAcceptCredentials_Negated()
    {
        Claim claim = Docs.Process(ShippedPipeline.Value, "Xi Jinping refused to accept Bilal Karimi's credentials.").Paragraphs
            .SelectMany(p => p.Claims).Single(c => c.Predicate == "HOSTS");

        Assert.That(claim.Negated, Is.True);
    }
}
