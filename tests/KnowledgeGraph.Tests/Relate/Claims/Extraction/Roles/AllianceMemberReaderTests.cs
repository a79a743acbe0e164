namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>An alliance held through an organisation makes both parties its members, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AllianceMemberReaderTests
{
    // Written development set h65: the possessor of "partner" and the name the apposition describes.
    [Test]
    public void Read_ApposedPartnerThroughBloc_BothMembers()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The meeting comes as Moscow, Kazakhstan's main security partner through the Russian-led Collective Security Treaty Organization (CSTO), watches China's growing economic weight in the region with some unease.");

        Assert.That(claims, Does.Contain("kazakhstan MEMBER_OF csto"));
        Assert.That(claims, Does.Contain("russia MEMBER_OF csto"));
    }

    // Written development set h60: the copula's subject is the ally.
    [Test]
    public void Read_SubjectRemainsAllyThroughBloc_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia remains its main security ally through the Collective Security Treaty Organization, while Chinese state companies such as CNPC own stakes in major oilfields and in the Kazakhstan-China oil pipeline, which runs to the Xinjiang border at Alashankou.");

        Assert.That(claims, Does.Contain("russia MEMBER_OF csto"));
        Assert.That(claims, Does.Not.Contain("cnpc MEMBER_OF csto"));
    }

    // Written development set h26: the name before "as" is the ally.
    [Test]
    public void Read_CountedAsAllyThroughBloc_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Chinese presence has unsettled Moscow, which keeps its largest foreign military installation, the 201st military base, in Tajikistan and counts Dushanbe as a treaty ally through the Collective Security Treaty Organization.");

        Assert.That(claims, Does.Contain("tajikistan MEMBER_OF csto"));
    }
}
