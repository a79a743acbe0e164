using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>
/// Relation nouns ("relations", "relationship", "ties") asserted by the verb that governs them, read through the shipped
/// pipeline on sentences of the written development sets and the seeds.
/// </summary>
[TestFixture]
internal sealed class RelationNounsTests
{
    // Wire reports (the thirty-sixth and thirty-eighth development sets): relations that warmed or improved exist; the
    // noun opens the paragraph.
    [TestCase("Relations between Washington and Islamabad have warmed since U.S. President Donald Trump hosted Pakistan's army chief, Field Marshal Asim Munir, for an unprecedented White House lunch in June, a meeting that angered New Delhi.", "pakistan COOPERATES_WITH united-states")]
    [TestCase("Relations between Bishkek and Dushanbe have improved since the two countries signed a treaty in March 2025 settling their long-disputed border, but officials say intelligence-sharing on drugs remains limited.", "kyrgyzstan COOPERATES_WITH tajikistan")]
    public void Reading_RelationNounSubjectOfGrowthVerb_Cooperation(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Wire report (the forty-first development set): harming a relationship presupposes it.
    [Test]
    public void Reading_RelationNounObjectOfHarmVerb_Cooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Army chief Field Marshal Asim Munir, who met Chinese Vice President Han Zheng in Beijing in December, has said that the security of CPEC is \"a national duty\" and that no one will be allowed to harm the relationship between Pakistan and China.");

        Assert.That(claims, Does.Contain("china COOPERATES_WITH pakistan"));
    }

    // Seeds 000_b1cf9653562b7715.txt:147 and the twenty-ninth and forty-sixth development sets: relations that proved
    // fractious, soured or were tested are asserted by no verb of growth or harm.
    [TestCase("Relations between the Taliban and Islamabad have proven to be as fractious as they were between the Republic and Islamabad.", "pakistan COOPERATES_WITH taliban")]
    [TestCase("That dependence has become a liability as relations between Kabul and Islamabad have soured.", "afghanistan COOPERATES_WITH pakistan")]
    [TestCase("Relations between Tehran and Kabul have been tested by the dispute over water from the Helmand River and by Iran's mass deportation of Afghan migrants, which the United Nations says exceeded 1.5 million people last year.", "afghanistan COOPERATES_WITH iran")]
    public void Reading_RelationNounNotGrowingOrHarmed_NoCooperation(string sentence, string absent)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Not.Contain(absent));
    }

    // Seeds 003_df5809cbc19a0e8f.txt:64 and a written variant: a relation said to have broken down held and
    // is negated.
    [TestCase("The 2020 coup in Mali, which led to the eventual breakdown in relations between Paris and Bamako, was led by forces built up by the French army over the previous seven years under Opération Barkhane.", "france COOPERATES_WITH mali")]
    [TestCase("Relations between Russia and Georgia broke down in 2008.", "georgia COOPERATES_WITH russia")]
    public void Reading_RelationNounThatEnded_NegatedCooperation(string sentence, string expected)
    {
        var claims = Docs.Process(ShippedPipeline.Value, sentence).Paragraphs.SelectMany(p => p.Claims)
            .Where(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == expected).ToList();

        Assert.That(claims, Is.Not.Empty);
        Assert.That(claims.All(c => c.Negated), Is.True);
    }

    // Written variant of the thirty-sixth development set's line: relations grown hostile are no cooperation.
    [Test]
    public void Reading_GrowthVerbCompletedByHostileWord_NoCooperation()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Relations between Kazakhstan and Russia have grown tense since the war began.");

        Assert.That(claims, Does.Not.Contain("kazakhstan COOPERATES_WITH russia"));
    }
}
