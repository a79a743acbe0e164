using KnowledgeGraph.Eval;

namespace KnowledgeGraph.Tests.Eval;

[TestFixture]
internal sealed class ScoreTests
{
    [Test]
    public void ToString_NothingPredicted_PrecisionIsADashNotOne()
    {
        var score = new Score { FalseNegatives = 4 };

        Assert.That(score.ToString(), Does.StartWith("P -  ").And.Contain("R 0.000").And.Contain("F1 -"));
    }

    [Test]
    public void ToString_Counts_ThreeDecimals()
    {
        var score = new Score { TruePositives = 3, FalsePositives = 1, FalseNegatives = 1 };

        Assert.That(score.ToString(), Does.StartWith("P 0.750  R 0.750  F1 0.750  (tp 3, fp 1, fn 1)"));
    }
}
