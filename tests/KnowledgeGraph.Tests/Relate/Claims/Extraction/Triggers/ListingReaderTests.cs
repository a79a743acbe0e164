namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>A party put on a list or taken off one, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ListingReaderTests
{
    // Written wire-report lines (no corpus sentence puts a group on a list or takes it off): the verb's subject designates
    // or delists the party between the verb and the list.
    [TestCase("Kazakhstan removed the Taliban from its list of banned terrorist organisations.", "kazakhstan DESIGNATES_OR_DELISTS taliban")]
    [TestCase("Washington added the BLA to its terrorism blacklist.", "united-states DESIGNATES_OR_DELISTS balochistan-liberation-army")]
    [TestCase("Russia took the Taliban off its list of terrorist organisations in 2025.", "russia DESIGNATES_OR_DELISTS taliban")]
    public void Read_PartyPutOnOrTakenOffList_SubjectDesignatesOrDelists(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: a state on a financial watchdog's list, or a city on a list of conquests, is no designated group.
    [TestCase("The FATF placed Pakistan on its grey list.")]
    [TestCase("The Taliban has added Kabul to the list of cities under its control.")]
    public void Read_StateOrPlaceOnList_NoDesignation(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("DESIGNATES_OR_DELISTS"));
    }
}
