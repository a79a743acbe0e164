using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Parties compared with a member of an organisation hold, or lack, its membership, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ComparedMemberReaderTests
{
    // tests/eval/written/h47/a3.md
    [Test]
    public void Read_FrontedUnlikeBeforeNegatedMember_EachComparedIsMember()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Unlike Kazakhstan and Kyrgyzstan, Uzbekistan is not a member of the Russian-led Collective Security Treaty Organization or the Eurasian Economic Union.");

        var members = doc.Paragraphs.SelectMany(p => p.Claims).Where(c => c.Predicate == "MEMBER_OF" && c.Object.Id == "csto")
            .Select(c => (c.Subject.Id, c.Negated)).ToList();
        Assert.That(members, Does.Contain(("kazakhstan", false)).And.Contain(("kyrgyzstan", false)).And.Contain(("uzbekistan", true)));
    }

    // tests/eval/written/h53/a2.md
    [Test]
    public void Read_UnlikeBetweenCommasAfterMember_ComparedIsMember()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Uzbekistan, unlike Kazakhstan, is not a member of the Russian-led Eurasian Economic Union, so its cars pay full import duties in Russia.");

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => c.Predicate == "MEMBER_OF" && c.Subject.Id == "kazakhstan");
        Assert.That((claim.Object.Id, claim.Negated), Is.EqualTo(("eaeu", false)));
    }

    // tests/eval/written/h53/a1.md
    [Test]
    public void Read_AlongWithAfterOrganisation_EachIsMember()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Kazakhstan also belongs to the Russian-led Eurasian Economic Union, along with Belarus, Armenia and Kyrgyzstan, so batteries made in Pavlodar could be sold across the bloc without customs duties.");

        Assert.That(claims, Does.Contain("belarus MEMBER_OF eaeu").And.Contain("armenia MEMBER_OF eaeu").And.Contain("kyrgyzstan MEMBER_OF eaeu"));
    }

    // tests/eval/written/h54/a1.md
    [Test]
    public void Read_WhichLikeNamesBelongsTo_AntecedentAndEachComparedAreMembers()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Neighbouring Kazakhstan, which like Uzbekistan, China and Russia belongs to the Shanghai Cooperation Organisation, is also watching closely.");

        Assert.That(claims, Does.Contain("kazakhstan MEMBER_OF sco").And.Contain("uzbekistan MEMBER_OF sco").And.Contain("china MEMBER_OF sco")
            .And.Contain("russia MEMBER_OF sco"));
    }

    // tests/eval/written/h38/a3.md
    [Test]
    public void Read_WhichLikeNameBelongsTo_BothMembersAndNoOtherMembership()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Kyrgyzstan, which like Tajikistan belongs to the CSTO and hosts a Russian air base at Kant, has long relied on Moscow for counter-narcotics training and equipment.");

        Assert.That(claims, Does.Contain("kyrgyzstan MEMBER_OF csto").And.Contain("tajikistan MEMBER_OF csto"));
        Assert.That(claims, Has.None.Match("russia MEMBER_OF"));
    }
}
