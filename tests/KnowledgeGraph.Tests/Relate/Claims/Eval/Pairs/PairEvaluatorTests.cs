using KnowledgeGraph.Relate.Claims.Eval.Pairs;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Eval.Pairs;

[TestFixture]
internal sealed class PairEvaluatorTests
{
    // A sentence of the VOA corpus, set out as an external annotation would: its two paragraphs hold three relations.
    private const string First = "Chinese President Xi Jinping promised Monday to cancel debt for some of Africa’s least-developed countries.";
    private const string Second = "Erasing debt tied to interest-free loans has long been a part of China’s policies in Africa.";

    private static GoldPair Pair(string type, string text, string source, string target, int from = 0)
    {
        int s = text.IndexOf(source, from, StringComparison.Ordinal);
        int t = text.IndexOf(target, from, StringComparison.Ordinal);
        return new GoldPair(type, s, s + source.Length, source, t, t + target.Length, target);
    }

    private static PairEvalReport Evaluate(params GoldPair[] pairs) =>
        PairEvaluator.Evaluate(new PairSet([new PairDocument("d1", "voa", First + "\n" + Second, pairs)], 0), ShippedPipeline.Value.Process);

    [Test]
    public void Evaluate_ClaimJoinsAnnotatedEnds_CountsFound()
    {
        PairEvalReport report = Evaluate(Pair("InChargeOf", First, "Xi Jinping", "Chinese"));

        Assert.That(report.Overall.Gold, Is.EqualTo(1));
        Assert.That(report.Overall.Named, Is.EqualTo(1));
        Assert.That(report.Overall.Found, Is.EqualTo(1));
        Assert.That(report.ClaimsOnGoldPairs, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void Evaluate_BothEndsNamedWithoutClaim_CountsNamedNotFound()
    {
        PairEvalReport report = Evaluate(Pair("Likes", First, "Chinese", "Africa"));

        Assert.That(report.Overall.Named, Is.EqualTo(1));
        Assert.That(report.Overall.Found, Is.EqualTo(0));
    }

    [Test]
    public void Evaluate_EndInSecondParagraph_ReadsItByDocumentOffset()
    {
        string text = First + "\n" + Second;
        PairEvalReport report = Evaluate(Pair("CoLocated", text, "China", "Africa", from: First.Length), Pair("BelongsTo", text, "debt", "Africa", from: First.Length));

        Assert.That(report.ByType.Select(t => t.Type), Is.EqualTo(new[] { "BelongsTo", "CoLocated" }));
        Assert.That(report.ByType.Single(t => t.Type == "CoLocated").Named, Is.EqualTo(1));
        Assert.That(report.ByType.Single(t => t.Type == "BelongsTo").Named, Is.EqualTo(0), "debt names no entity");
        Assert.That(report.Overall.Gold, Is.EqualTo(2));
    }
}
