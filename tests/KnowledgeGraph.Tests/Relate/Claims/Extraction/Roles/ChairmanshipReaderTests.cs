namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A state holding an organisation's rotating office, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ChairmanshipReaderTests
{
    // Written development set h40: the office after the organisation's possessive.
    [Test]
    public void Read_StateHoldsBodysRotatingPresidency_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kyrgyzstan holds the SCO's rotating presidency and will host the leaders' summit in Bishkek in August.");

        Assert.That(claims, Does.Contain("kyrgyzstan MEMBER_OF sco"));
    }

    // Written development set h26: the holder before ", which", the organisation a reference ("the bloc").
    [Test]
    public void Read_RelativeClauseOnReferencedBloc_MemberOf()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The SCO's foreign ministers are due to meet in Bishkek in the spring, and Kyrgyzstan, which holds the bloc's rotating chairmanship, has invited a Taliban delegation to attend as guests, Kyrgyz officials said.");

        Assert.That(claims, Does.Contain("kyrgyzstan MEMBER_OF sco"));
    }
}
