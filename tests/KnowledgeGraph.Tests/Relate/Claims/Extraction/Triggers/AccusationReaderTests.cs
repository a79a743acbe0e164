namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Accusations with their accuser and accused, through the shipped pipeline on VOA sentences.</summary>
[TestFixture]
internal sealed class AccusationReaderTests
{
    [Test]
    public void Read_AccuserBeforeNounAndPartyInThatClause_AccuserCriticizesParty()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Hua Chunying, a spokesperson for China’s Foreign Ministry, told reporters on Friday that U.S. allegations that the pilots suffered minor injuries after Chinese nationals aimed high-powered lasers at them were “completely inconsistent with the facts.”");

        Assert.That(claims, Does.Contain("united-states CRITICIZES china"));
    }

    [Test]
    public void Read_RebuttedAllegationsMadeByParty_BothDirections()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In a written response to VOA, China’s Ministry of National Defense said, “The Chinese side has refuted the untrue allegations made by the United States through official channels.”");

        Assert.That(claims, Does.Contain("united-states CRITICIZES china").And.Contain("china CRITICIZES united-states"));
    }

    // The claims guide's own example of a rebutted accusation.
    [Test]
    public void Read_RebuttedPossessorAccusation_BothCriticizeAndNoOpposition()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamabad rejected Kabul's accusations that the TTP operates from Pakistani soil.");

        Assert.That(claims, Does.Contain("pakistan CRITICIZES afghanistan").And.Contain("afghanistan CRITICIZES pakistan"));
        Assert.That(claims, Has.None.Contains("OPPOSES"));
    }

    [Test]
    public void Read_AccusationWithoutNamedAccuser_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Kenyan government faced allegations that Chinese contractors had bribed officials in Nairobi.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
    }

    // Written wire-report lines: concerns a party raises, or a demonym's concerns, about what another party may do
    // criticise that party, the first of the that-clause.
    [TestCase("Washington has raised concerns that Beijing could use the port for military purposes.", "united-states CRITICIZES china")]
    [TestCase("Indian concerns that China could build a naval base in Gwadar have grown.", "india CRITICIZES china")]
    public void Read_ConcernsThatPartyActs_CriticizesParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // VOA dev (2018-12-19-debt-trap-rhetoric-china-africa.md:23): the names before a participle voicing concerns are the
    // letter's addressees, not its writers.
    [Test]
    public void Read_ParticipleVoicesConcerns_NoAccuserBeforeIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Last month, two members of the Senate Foreign Relations Committee, Sens. Marco Rubio and Chris Coons, wrote a letter to Secretary of State Mike Pompeo and Secretary of Defense James Mattis expressing concerns that China might take over a strategic shipping container terminal in Djibouti.");

        Assert.That(claims, Has.None.Contains("mike-pompeo CRITICIZES"));
    }

    // Written wire-report line: remarks or comments rejected are criticism, each way, as rejected accusations are.
    [Test]
    public void Read_RejectedPossessorsComments_CriticismEachWay()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese officials have rejected Tillerson's comments.");

        Assert.That(claims, Does.Contain("china CRITICIZES rex-tillerson").And.Contain("rex-tillerson CRITICIZES china").And.Not.Contain("china OPPOSES rex-tillerson"));
    }
}
