namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>An act held back until a party acts, read as a demand on that party, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AwaitedActReaderTests
{
    // h42 (a3), h46 (a2): a speaker's "would" held until a named party acts; h66 (a2): an act asked of another held so.
    [TestCase("Pakistan's defence minister, Khawaja Asif, said last month the crossings would stay closed until Kabul acted against the group.", "khawaja-muhammad-asif DEMANDS_FROM afghanistan")]
    [TestCase("Pakistan's Foreign Minister Ishaq Dar said on Thursday that the crossings would stay closed until Kabul acted against the group.", "ishaq-dar DEMANDS_FROM afghanistan")]
    [TestCase("Pakistan, whose relations with Kabul have soured over attacks by the Pakistani Taliban, urged the committee to keep the bans in place until the Taliban \"take verifiable action\" against the group.", "pakistan DEMANDS_FROM taliban")]
    public void Read_ActHeldUntilPartyActs_DemandsFromParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h61 (a2): a story told without "will" or "would" asks no one; h27 (a1): an act the speaker keeps up, asked of no
    // one, is no condition set on another (the threat is read elsewhere).
    [TestCase("Clashes along the Afghanistan-Pakistan border in October 2025 killed dozens of soldiers on both sides and shut crossings for weeks, until Qatar and Turkey mediated a ceasefire in Doha.")]
    [TestCase("The group said it would continue to target \"every Chinese project\" in the province until Beijing withdrew its workers.")]
    public void Read_StoryOrKeptUpAct_NoDemand(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("DEMANDS_FROM"));
    }
}
