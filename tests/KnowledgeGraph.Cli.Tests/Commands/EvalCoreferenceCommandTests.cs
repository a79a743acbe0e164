using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>CI enforces the coreference floors here (tests/eval/coreference.yaml).</summary>
[TestFixture]
internal sealed class EvalCoreferenceCommandTests
{
    /// <summary>Measured P 0.710 R 0.638 overall (VOA dev 0.862 / 0.595, seed 0.576 / 0.704), sure references P 0.906.</summary>
    private const double PrecisionFloor = 0.68;
    private const double RecallFloor = 0.58;
    private const double SurePrecisionFloor = 0.85;

    [Test]
    public void EvalCoreference_AnnotatedParagraphs_MeetsFloors()
    {
        (int exit, string output, string error) = Kg.Run("eval", "coreference",
            "--min-precision", PrecisionFloor.ToString(CultureInfo.InvariantCulture), "--min-recall", RecallFloor.ToString(CultureInfo.InvariantCulture));

        Assert.That(exit, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("64 paragraphs").And.Match(@"\bdev\s+P [0-9.]+").And.Match(@"\bseed\s+P [0-9.]+"));
        Match sure = Regex.Match(output, @"sure\s+P (?<p>[0-9.]+)");
        Assert.That(sure.Success, Is.True, output);
        Assert.That(double.Parse(sure.Groups["p"].Value, CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(SurePrecisionFloor));
    }

    [Test]
    public void EvalCoreference_FloorAboveMeasure_ExitsOne()
    {
        (int exit, _, string error) = Kg.Run("eval", "coreference", "--min-precision", "0.99");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("below the floor"));
    }
}
