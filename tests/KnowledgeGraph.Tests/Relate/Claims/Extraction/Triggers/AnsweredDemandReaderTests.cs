namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Demands named by their maker and answered by the party asked, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AnsweredDemandReaderTests
{
    // Wire reports (h34 a1, h50 a2, h55 a3): a demand its maker's name, demonym or modifier marks, rejected, resisted or
    // committed to by the party asked (also through "which").
    [TestCase("Dushanbe has also rejected repeated Taliban demands to hand over the Afghan embassy, which is still run by diplomats loyal to the ousted republic.", "taliban DEMANDS_FROM tajikistan")]
    [TestCase("The deal marks a shift for Islamabad, which had long resisted Chinese requests to deploy their own guards, arguing that foreign security contractors would undermine its sovereignty and inflame Baloch nationalists who already oppose the China-Pakistan Economic Corridor (CPEC) as a form of colonial exploitation.", "china DEMANDS_FROM pakistan")]
    [TestCase("Pakistani officials said Beijing agreed to the cuts only after Islamabad committed to an IMF demand that no new sovereign guarantees be issued to power producers without Fund approval.", "imf DEMANDS_FROM pakistan")]
    public void Read_DemandAnsweredByPartyAsked_MakerDemandsFromParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h56 a3: a clause's subject that acts "at" a party's request is asked by it.
    [Test]
    public void Read_ActAtPartysRequest_PartyDemandsFromSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A Taliban official in Badakhshan, speaking on condition of anonymity, said the movement had relocated some of the group's fighters from the province to other parts of Afghanistan at China's request.");

        Assert.That(claims, Does.Contain("china DEMANDS_FROM taliban"));
    }

    // h26 a1: requests for comment no party makes ask nothing.
    [Test]
    public void Read_RequestsForComment_NoDemand()
    {
        Assert.That(ShippedClaims.Of("Neither the Tajik Foreign Ministry nor the Chinese embassy in Dushanbe responded to requests for comment."), Has.None.Contains("DEMANDS_FROM"));
    }
}
