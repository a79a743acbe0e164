namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Relations between two named parties that the clause says grew better, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ImprovedRelationReaderTests
{
    // Written development lines (h36, h38): relations between two names that have warmed or improved are cooperation.
    [TestCase("Relations between Washington and Islamabad have warmed since U.S. President Donald Trump hosted Pakistan's army chief, Field Marshal Asim Munir, for an unprecedented White House lunch in June, a meeting that angered New Delhi.", "pakistan COOPERATES_WITH united-states")]
    [TestCase("Relations between Bishkek and Dushanbe have improved since the two countries signed a treaty in March 2025 settling their long-disputed border, but officials say intelligence-sharing on drugs remains limited.", "kyrgyzstan COOPERATES_WITH tajikistan")]
    public void Read_RelationsBetweenNamesThatImproved_Cooperate(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Relations between two names that soured say no cooperation.
    [Test]
    public void Read_RelationsBetweenNamesThatSoured_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Relations between Islamabad and Kabul have soured since the Taliban returned to power.");

        Assert.That(claims, Has.None.Contains("COOPERATES_WITH"));
    }
}
