namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Opposing a gift or an invitation to a party, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class OpposedGiftReaderTests
{
    // h33 (a2), h34 (a3) and h40 (a3): an OPPOSES verb before a gerund of giving, providing or inviting (perhaps after the
    // gerund's own subject) opposes those it goes to.
    [TestCase("Diplomats said a change was unlikely as long as Washington opposes giving the seat to the Taliban.", "united-states OPPOSES taliban")]
    [TestCase("\"China firmly opposes any country providing shelter or legitimacy to ETIM terrorists,\" foreign ministry spokeswoman Mao Ning said last week, without naming Syria.", "china OPPOSES turkestan-islamic-party")]
    [TestCase("India, which upgraded its technical mission in Kabul to a full embassy last year but has not recognised the Taliban, opposed inviting them, according to two diplomats who attended the closed-door session.", "india OPPOSES taliban")]
    public void Read_OpposedGiftOrInvitation_OpposesRecipient(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // A gerund that is no gift ("cutting aid to") opposes no one it names.
    [Test]
    public void Read_OpposedCutToParty_NoOpposition()
    {
        Assert.That(ShippedClaims.Of("The United States opposed cutting aid to Ukraine."), Has.None.Contains("OPPOSES"));
    }
}
