using KnowledgeGraph.Build;

namespace KnowledgeGraph.Tests.Build;

[TestFixture]
internal sealed class CoMentionScoreTests
{
    [Test]
    public void Pmi_PairMeetingExactlyAsOftenAsChancePredicts_IsZero()
    {
        // 100 sentences; A in 50, B in 20; independence predicts 10 together.
        Assert.That(CoMentionScore.Pmi(10, 50, 20, 100), Is.EqualTo(0).Within(1e-9));
    }

    [Test]
    public void Pmi_FrequentEntityWithEverything_ScoresBelowATightRarerPair()
    {
        // China is in 900 of 1000 sentences and meets Pakistan 90 times out of Pakistan's 100: chance level.
        double frequent = CoMentionScore.Pmi(90, 900, 100, 1000);
        // ETIM and the Taliban: 20 and 30 sentences, 15 together.
        double tight = CoMentionScore.Pmi(15, 20, 30, 1000);

        Assert.That(tight, Is.GreaterThan(frequent));
        Assert.That(frequent, Is.EqualTo(0).Within(1e-9));
    }

    [Test]
    public void Pmi_SingleCoOccurrenceOfTwoHapaxes_IsDiscountedBelowARepeatedOne()
    {
        double once = CoMentionScore.Pmi(1, 1, 1, 1000);
        double repeated = CoMentionScore.Pmi(5, 5, 5, 1000);

        Assert.That(repeated, Is.GreaterThan(once), "undiscounted PMI would rank them equal");
    }

    [TestCase(0, 5, 5, 100)]
    [TestCase(1, 0, 5, 100)]
    [TestCase(1, 5, 5, 0)]
    public void Pmi_MissingCounts_IsZero(long both, long a, long b, long total)
    {
        Assert.That(CoMentionScore.Pmi(both, a, b, total), Is.Zero);
    }

    [Test]
    public void Of_ParagraphOnlyEdge_IsHalvedAndDemonymOnlyHalvedAgain()
    {
        var paragraphs = new ScopeCounts(4, 10, 10, 100);
        double full = CoMentionScore.Of(new ScopeCounts(4, 10, 10, 100), paragraphs, demonymOnly: false);

        double paragraphOnly = CoMentionScore.Of(new ScopeCounts(0, 10, 10, 100), paragraphs, demonymOnly: false);
        double demonym = CoMentionScore.Of(new ScopeCounts(0, 10, 10, 100), paragraphs, demonymOnly: true);

        Assert.That(paragraphOnly, Is.EqualTo(full / 2).Within(1e-9));
        Assert.That(demonym, Is.EqualTo(full / 4).Within(1e-9));
    }
}
