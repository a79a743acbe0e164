using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Relations between two named parties that the clause says grew better or ended, through the shipped pipeline.</summary>
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

    // Written development lines (h67, h70) and seeds/003:64: relations between two names that collapsed, or a breakdown in
    // them, are cooperation negated.
    [TestCase("Relations between Pakistan and the Taliban have collapsed since the two sides fought along the border in October, leaving dozens of soldiers and militants dead before Qatar and Turkey mediated a ceasefire in Doha.", "pakistan", "taliban")]
    [TestCase("Relations between Islamabad and New Delhi collapsed after a four-day conflict in May 2025 that followed the killing of 26 people near Pahalgam in Indian-administered Kashmir.", "india", "pakistan")]
    [TestCase("The 2020 coup in Mali, which led to the eventual breakdown in relations between Paris and Bamako, was led by forces built up by the French army over the previous seven years under Opération Barkhane.", "france", "mali")]
    public void Read_RelationsBetweenNamesThatEnded_CooperationNegated(string sentence, string first, string second)
    {
        Claim claim = Docs.Process(ShippedPipeline.Value, sentence).Paragraphs.SelectMany(p => p.Claims)
            .Single(c => c.Predicate == "COOPERATES_WITH" && new[] { c.Subject.Id, c.Object.Id }.Order().SequenceEqual(new[] { first, second }));

        Assert.That(claim.Negated, Is.True);
    }
}
