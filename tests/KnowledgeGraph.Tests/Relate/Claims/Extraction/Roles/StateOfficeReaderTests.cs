using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>An office in a state's own body is an office in the state, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class StateOfficeReaderTests
{
    // Written wire-report lines: a foreign ministry's spokesperson holds a role in the ministry and in its state.
    [TestCase("Chinese foreign ministry spokeswoman Mao Ning said on Tuesday that Beijing would \"properly handle\" Bishkek's request through friendly consultations and that cooperation between the two countries was \"free of political strings.\"", "mao-ning")]
    [TestCase("Foreign ministry spokesman Lin Jian said Beijing would send a working group to Pakistan to take part in the investigation.", "lin-jian")]
    public void Read_SpokespersonOfStateMinistry_HoldsRoleInState(string sentence, string person)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain($"{person} HOLDS_ROLE_IN china-ministry-of-foreign-affairs"));
        Assert.That(claims, Does.Contain($"{person} HOLDS_ROLE_IN china"));
    }

    // Seed sentence: the head of a state agency heads the agency; no second office in the state is made for them.
    [Test]
    public void Read_HeadOfStateAgency_NoRoleInState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("CTC: In July, FBI Director Chris Wray and MI5 Director Ken McCallum did a series of events in London in which, among other things, they identified the lone-actor threat as the heart of the terrorist threat both face.");

        Assert.That(claims, Does.Contain("christopher-wray LEADS fbi"));
        Assert.That(claims, Has.None.Contains("HOLDS_ROLE_IN united-states"));
    }
}
