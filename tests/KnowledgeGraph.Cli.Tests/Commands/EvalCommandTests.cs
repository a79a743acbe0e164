using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>CI enforces the extraction quality floors here: a change that lowers them fails the build.</summary>
[TestFixture]
internal sealed class EvalCommandTests
{
    /// <summary>Measured 0.992 / 0.935 / 0.963 on the 77 annotated paragraphs when this floor was set.</summary>
    private const double PrecisionFloor = 0.95;
    private const double RecallFloor = 0.90;
    private const double F1Floor = 0.93;

    /// <summary>
    /// The unseen VOA set (annotated before any tuning; dev split inspected, test split only reported): measured
    /// P 0.954 / R 0.910 / F1 0.932 overall (dev 0.962, test 0.900) when this floor was raised from 0.82; 0.850 with the
    /// first learned recogniser, 0.825 before it.
    /// </summary>
    private const double VoaF1Floor = 0.90;

    [Test]
    public void Run_AnnotatedSeedParagraphs_MeetsQualityFloors()
    {
        (int exit, string output, string error) = Kg.Run("eval", "--data", "tests/eval/entities.yaml", "--floor", F1Floor.ToString(CultureInfo.InvariantCulture));
        Assert.That(exit, Is.EqualTo(0), output + error);
        Match overall = Regex.Match(output, @"overall\s+P (?<p>[0-9.]+)\s+R (?<r>[0-9.]+)\s+F1 (?<f>[0-9.]+)");
        Assert.That(overall.Success, Is.True, output);
        Assert.That(double.Parse(overall.Groups["p"].Value, CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(PrecisionFloor));
        Assert.That(double.Parse(overall.Groups["r"].Value, CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(RecallFloor));
        Assert.That(output, Does.Contain("77 paragraphs"));
    }

    [Test]
    public void Run_UnseenVoaParagraphs_MeetsFloorAndReportsBothSplits()
    {
        (int exit, string output, string error) = Kg.Run("eval", "--data", "tests/eval/entities-voa.yaml", "--floor", VoaF1Floor.ToString(CultureInfo.InvariantCulture));
        Assert.That(exit, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("132 paragraphs"));
        Assert.That(output, Does.Match(@"\bdev\s+P [0-9.]+").And.Match(@"\btest\s+P [0-9.]+"));
    }

    [Test]
    public void Run_NoData_ReportsSeedAndVoaSets()
    {
        (int exit, string output, string error) = Kg.Run("eval");
        Assert.That(exit, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("entities.yaml").And.Contain("entities-voa.yaml"));
    }

    [Test]
    public void Run_FloorAboveAchieved_ExitsWithFailure()
    {
        (int exit, _, string error) = Kg.Run("eval", "--floor", "0.999");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("below the floor"));
    }
}
