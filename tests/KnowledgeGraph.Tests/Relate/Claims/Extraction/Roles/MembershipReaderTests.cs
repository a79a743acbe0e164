using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Membership stated by an organisation's name before a member noun, through the shipped pipeline.</summary>
/// <remarks>
/// No seed or VOA dev sentence names a member beside "SCO members" or "SCO member states"; the positive lines are written
/// around the annotation guide's own example ("SCO members such as Kazakhstan" → MEMBER_OF).
/// </remarks>
[TestFixture]
internal sealed class MembershipReaderTests
{
    [Test]
    public void Read_MembersSuchAsCoordinatedNames_EachMemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("SCO members such as Kazakhstan and Kyrgyzstan have welcomed the plan.");

        Assert.That(claims, Does.Contain("kazakhstan MEMBER_OF sco").And.Contain("kyrgyzstan MEMBER_OF sco"));
    }

    [Test]
    public void Read_CoordinatedNamesBecameFullMembers_EachMemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan and India became full SCO members in 2017.");

        Assert.That(claims, Does.Contain("pakistan MEMBER_OF sco").And.Contain("india MEMBER_OF sco"));
    }

    [Test]
    public void Read_AppositionFellowMember_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kyrgyzstan, a fellow SCO member, has courted Beijing.");

        Assert.That(claims, Does.Contain("kyrgyzstan MEMBER_OF sco"));
    }

    [Test]
    public void Read_IsNotAMember_Negated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Turkmenistan is not an SCO member.");

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => c.Predicate == "MEMBER_OF");
        Assert.That((claim.Subject.Id, claim.Object.Id, claim.Negated), Is.EqualTo(("turkmenistan", "sco", true)));
    }

    // seeds/000 (member states named by nobody: no claim)
    [Test]
    public void Read_MemberStatesWithoutNames_NoMemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Now, China is the world’s second-largest economy and a crucial trading partner for all SCO member states.");

        Assert.That(claims, Has.None.Match("MEMBER_OF"));
    }

    // VOA 2018-12-19 (a VOA dev article, annotated set): persons in apposition after "members of" and a body are its
    // members, past an abbreviated honorific.
    [Test]
    public void Read_PersonsApposedToMembersOfBody_EachMember()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Last month, two members of the Senate Foreign Relations Committee, Sens. Marco Rubio and Chris Coons, wrote a letter to Secretary of State Mike Pompeo and Secretary of Defense James Mattis expressing concerns that China might take over a strategic shipping container terminal in Djibouti.");

        Assert.That(claims, Has.Some.Match("^marco-rubio MEMBER_OF .*senate-foreign-relations-committee$").And.Some.Match("chris-coons MEMBER_OF .*senate-foreign-relations-committee$"));
    }

    // CIA World Factbook, Germany (relation training set): the names before "and other" and a number are members of the
    // body whose countries follow.
    [Test]
    public void Read_NameAndOtherBodyCountries_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In January 1999, Germany and 10 other EU countries introduced a common European exchange currency, the euro.");

        Assert.That(claims, Does.Contain("germany MEMBER_OF european-union"));
    }

    // Written lines (the corpora write "and other" before a body's member noun nowhere else): each name before "and other"
    // is a member.
    [TestCase("China, Russia and other SCO members met in Astana.", "china MEMBER_OF sco", "russia MEMBER_OF sco")]
    [TestCase("Kazakhstan, Uzbekistan and other SCO member states signed the declaration.", "kazakhstan MEMBER_OF sco", "uzbekistan MEMBER_OF sco")]
    public void Read_NamesAndOtherMembers_EachMemberOf(string sentence, string one, string other)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(one).And.Contain(other));
    }

    // Written wire-report lines: coordinated names before a comma or copula and "members of" a body are each its members.
    [TestCase("Kazakhstan and Kyrgyzstan, both members of the Eurasian Economic Union, may also face pressure from Moscow over their growing imports of Chinese cars.", "kazakhstan MEMBER_OF eaeu", "kyrgyzstan MEMBER_OF eaeu")]
    [TestCase("Russian Foreign Minister Sergei Lavrov has argued that Moscow and Beijing, both founding members of the Shanghai Cooperation Organisation, should coordinate their engagement with Kabul.", "russia MEMBER_OF sco", "china MEMBER_OF sco")]
    public void Read_CoordinatedNamesBeforeMembersOf_EachMemberOf(string sentence, string one, string other)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(one).And.Contain(other));
    }

    // Written wire-report line: the name after ", of which" and a copula before a member noun is a member.
    [Test]
    public void Read_OfWhichNameIsMember_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Turkish President Recep Tayyip Erdogan has championed the corridor as a Turkic artery within the Organization of Turkic States, of which Kazakhstan is a full member and Turkmenistan only an observer.");

        Assert.That(claims, Does.Contain("kazakhstan MEMBER_OF ots").And.None.Contains("turkmenistan MEMBER_OF"));
    }

    // h33/a1.md (a development article): ", to which" and a verb of belonging after the bloc's name and short form.
    [Test]
    public void Read_ToWhichNameBelongs_MemberOfTheBloc()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia leads the Collective Security Treaty Organization (CSTO), to which Kyrgyzstan belongs; Uzbekistan left the bloc in 2012.");

        Assert.That(claims, Does.Contain("kyrgyzstan MEMBER_OF csto"));
    }
}
