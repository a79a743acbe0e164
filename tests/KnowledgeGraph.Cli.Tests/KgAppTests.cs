using KnowledgeGraph.Cli.Tests.Commands;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The one exit-code convention: 0 success, 1 runtime error, 2 usage or input error, for every command.</summary>
[TestFixture]
internal sealed class KgAppTests
{
    [TestCase("query", "links", "China")]
    [TestCase("query", "claims", "--bogus")]
    [TestCase("stats", "--top", "many")]
    [TestCase("query", "neighbours", "China", "--limit", "0")]
    [TestCase("stats", "--top", "0")]
    [TestCase("query", "links", "China", "Taliban", "--evidence", "-1")]
    [TestCase("export")]
    [TestCase("frobnicate")]
    public void Run_BadCommandLine_OneCodedLinePerProblemAndExitTwo(params string[] args)
    {
        var cli = new CliHarness();

        int exit = cli.Run(args);

        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.StartWith("error KG9003: ").And.Contain("--help"));
        Assert.That(cli.Error.TrimEnd().Split('\n'), Has.All.StartWith("error KG9003: "));
        Assert.That(cli.Output, Is.Empty);
    }

    [Test]
    public void Run_UnexpectedFailure_OneLineWithoutStackTraceAndExitOne()
    {
        var cli = new CliHarness(_ => throw new InvalidOperationException("the reader broke"));

        int exit = cli.Run("stats");

        Assert.That(exit, Is.EqualTo(ExitCodes.RuntimeError));
        Assert.That(cli.Error, Does.StartWith("error KG9999: internal error: InvalidOperationException: the reader broke"));
        Assert.That(cli.Error, Does.Not.Contain("   at "));
    }

    [TestCase("KG1012", ExitCodes.UsageError)]
    [TestCase("KG3001", ExitCodes.UsageError)]
    [TestCase("KG6001", ExitCodes.RuntimeError)]
    [TestCase("KG6002", ExitCodes.RuntimeError)]
    [TestCase("KG6006", ExitCodes.UsageError)]
    [TestCase("KG7001", ExitCodes.RuntimeError)]
    [TestCase("KG7006", ExitCodes.UsageError)]
    [TestCase("KG8001", ExitCodes.UsageError)]
    [TestCase("KG8003", ExitCodes.RuntimeError)]
    [TestCase("KG8006", ExitCodes.UsageError)]
    [TestCase("KG8008", ExitCodes.UsageError)]
    [TestCase("KG9001", ExitCodes.UsageError)]
    [TestCase("KG9998", ExitCodes.RuntimeError)]
    [TestCase("KG9999", ExitCodes.RuntimeError)]
    public void For_ErrorCode_UsageOrRuntime(string code, int expected) =>
        Assert.That(ExitCodes.For(code), Is.EqualTo(expected));

    [Test]
    public void ForRun_AnArticleLeftOut_IsARuntimeErrorAndWarningsAreNot()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Warn(ErrorCodes.FileEmpty, "the file is empty", "a.txt");
        Assert.That(ExitCodes.ForRun(diagnostics), Is.EqualTo(ExitCodes.Success));

        diagnostics.Error(ErrorCodes.ArticleFailed, "internal error while extracting the article", "b.txt", 3);

        Assert.That(ExitCodes.ForRun(diagnostics), Is.EqualTo(ExitCodes.RuntimeError));
    }

    [Test]
    public void Run_Help_PrintsUsageAndSucceeds()
    {
        var cli = new CliHarness();

        int exit = cli.Run("query", "links", "--help");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("--rank").Or.Contain("--max-hops"));
    }
}
