namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A body said to include the parties listed after a verb of inclusion, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class InclusionReaderTests
{
    // seeds/000:552 ("It" is the SCO of the sentence before)
    [Test]
    public void Read_ItNowIncludesList_EachMemberOfTheOrganisation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The wider context of the summit in the Uzbek capital was more interesting. Established in 2001 with Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Russia and China, the SCO has grown, in large part due to Chinese efforts, to become a multilateral organisation bringing together the leaders of around 40 per cent of the world’s population. It now includes India, Pakistan and Iran, with countries like Belarus and Turkey knocking at the door.");

        Assert.That(claims, Does.Contain("india MEMBER_OF sco").And.Contain("pakistan MEMBER_OF sco").And.Contain("iran MEMBER_OF sco"));
        Assert.That(claims, Has.None.Match("^(belarus|turkey) MEMBER_OF"));
    }

    // Written: a format (a project, not an organisation) is what its countries are part of.
    [Test]
    public void Read_FormatIncludesCountries_PartOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Moscow format includes Russia, China and India.");

        Assert.That(claims, Does.Contain("russia PART_OF moscow-format").And.Contain("india PART_OF moscow-format"));
        Assert.That(claims, Has.None.Match("MEMBER_OF moscow-format"));
    }

    // Seeds 000:552: a sentence opening with a founding verb, a year and "with" the founding members names them before
    // the body after the list's comma.
    [Test]
    public void Read_EstablishedWithList_FoundingMembers()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Established in 2001 with Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Russia and China, the SCO has grown, in large part due to Chinese efforts, to become a multilateral organisation bringing together the leaders of around 40 per cent of the world’s population.");

        Assert.That(claims, Does.Contain("kazakhstan MEMBER_OF sco").And.Contain("china MEMBER_OF sco").And.Contain("uzbekistan MEMBER_OF sco"));
    }

    // Seeds 000:588: a grouping bringing together the leaders of states, in a participle after its name and a comma.
    [Test]
    public void Read_GroupingBringingTogetherLeadersOf_Members()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This led to the creation of the Shanghai Five grouping, bringing together the leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan, and Russia to help define borders.");

        Assert.That(claims, Does.Contain("china MEMBER_OF shanghai-five").And.Contain("russia MEMBER_OF shanghai-five"));
    }

    // Written lines: a body's members listed after "include", the body a possessive, a resolved "its", a relative's
    // antecedent or the name after "members of".
    [TestCase("The SCO's members include China, Russia and India.", new[] { "china MEMBER_OF sco", "russia MEMBER_OF sco", "india MEMBER_OF sco" })]
    [TestCase("The Shanghai Cooperation Organisation, whose members include China and Russia, met in Astana.", new[] { "china MEMBER_OF sco", "russia MEMBER_OF sco" })]
    [TestCase("Members of the SCO include Kazakhstan and Kyrgyzstan.", new[] { "kazakhstan MEMBER_OF sco", "kyrgyzstan MEMBER_OF sco" })]
    [TestCase("The SCO was founded in 2001. Its member states include Pakistan and Iran.", new[] { "pakistan MEMBER_OF sco", "iran MEMBER_OF sco" })]
    public void Read_MembersInclude_MemberOf(string text, string[] expected)
    {
        Assert.That(ShippedClaims.Of(text), Is.SupersetOf(expected));
    }

    // Written: the members a project "includes" are not members of it.
    [Test]
    public void Read_ProjectsInclude_NoMembership()
    {
        Assert.That(ShippedClaims.Of("The projects include the Karot dam and the Gwadar port."), Is.Empty);
    }

    // Written wire-report line: "whose members include" after a body's bracketed short form.
    [Test]
    public void Read_WhoseMembersIncludeAfterShortForm_EachMember()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia remains the guarantor of the Collective Security Treaty Organization (CSTO), whose members include Kazakhstan, Kyrgyzstan and Tajikistan.");

        Assert.That(claims, Does.Contain("kazakhstan MEMBER_OF csto").And.Contain("kyrgyzstan MEMBER_OF csto").And.Contain("tajikistan MEMBER_OF csto"));
    }

    // Written: a body that admitted states has them as members; a state that admitted people has no members.
    [Test]
    public void Read_BodyAdmittedStates_EachMember()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The SCO admitted India and Pakistan in 2017.");

        Assert.That(claims, Does.Contain("india MEMBER_OF sco").And.Contain("pakistan MEMBER_OF sco"));
        Assert.That(ShippedClaims.Of("Pakistan admitted Afghan refugees in 1980."), Has.None.Contains("MEMBER_OF"));
    }

    // h26/a1.md (a development article): a verb of counting lists members when "among its members" follows the list.
    [Test]
    public void Read_CountsNamesAmongItsMembers_EachMemberOfTheBloc()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China and Tajikistan are both founding members of the Shanghai Cooperation Organisation, the Beijing-based security bloc that also counts Russia, India, Pakistan and Iran among its members.");

        Assert.That(claims, Does.Contain("russia MEMBER_OF sco").And.Contain("india MEMBER_OF sco").And.Contain("pakistan MEMBER_OF sco").And.Contain("iran MEMBER_OF sco"));
    }

    // h28/a1.md (a development article): "whose members" after a description in apposition to the bloc's name; the list
    // ends at its "and", so the next clause's subject is no member.
    [Test]
    public void Read_WhoseMembersAfterApposedDescription_MembersOfTheNamedBloc()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But Mirziyoyev has so far declined to join the Eurasian Economic Union, the Moscow-led trade bloc whose members include Kazakhstan and Kyrgyzstan, and Uzbekistan holds only observer status.");

        Assert.That(claims, Does.Contain("kazakhstan MEMBER_OF eaeu").And.Contain("kyrgyzstan MEMBER_OF eaeu").And.No.Contain("uzbekistan MEMBER_OF eaeu"));
    }
}
