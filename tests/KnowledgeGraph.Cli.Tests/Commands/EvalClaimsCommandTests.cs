namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class EvalClaimsCommandTests
{

    [Test]
    public void EvalClaims_GoldMentionsWithFloors_PrintsScoresAndSucceeds()
    {
        var (code, output, error) = Kg.Run("eval", "claims", "--gold-mentions",
            "--data", Path.Combine(Kg.Root, "tests/eval/claims.yaml"), "--gazetteers", Path.Combine(Kg.Root, "gazetteers"),
            "--min-precision", "0.95", "--min-recall", "0.5");

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("claims evaluation: ").And.Contain("HOLDS_ROLE_IN").And.Match(@"\nall +\d+ +\d+ +\d+ +0\.9\d\d"));
    }

    // The full pipeline (recogniser, resolver, claims) measured precision 0.976 (41/42), recall 0.539 (41/76).
    [Test]
    public void EvalClaims_FullPipeline_MeetsFloors()
    {
        var (code, output, error) = Kg.Run("eval", "claims",
            "--data", Path.Combine(Kg.Root, "tests/eval/claims.yaml"), "--gazetteers", Path.Combine(Kg.Root, "gazetteers"),
            "--min-precision", "0.95", "--min-recall", "0.5");

        Assert.That(code, Is.EqualTo(0), error + output);
        Assert.That(output, Does.Contain("mentions: pipeline"));
    }

    [Test]
    public void EvalClaims_FloorAboveMeasure_ExitsOne()
    {
        var (code, _, error) = Kg.Run("eval", "claims", "--gold-mentions",
            "--data", Path.Combine(Kg.Root, "tests/eval/claims.yaml"), "--gazetteers", Path.Combine(Kg.Root, "gazetteers"), "--min-recall", "0.99");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("below the floor"));
    }

    [Test]
    public void EvalClaims_MissingData_ReportsErrorLine()
    {
        var (code, _, error) = Kg.Run("eval", "claims", "--gold-mentions", "--data", Path.Combine(Kg.Root, "tests/eval/absent.yaml"), "--gazetteers", Path.Combine(Kg.Root, "gazetteers"));

        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("error KG1001"));
    }
}
