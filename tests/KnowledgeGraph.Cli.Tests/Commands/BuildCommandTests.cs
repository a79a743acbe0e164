using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class BuildCommandTests
{
    [Test]
    public void Build_SeedsTwice_SecondRunFindsEverythingUnchanged()
    {
        using var work = new Workspace(Workspace.First, Workspace.Second);
        KgRun first = work.Kg("build");
        string before = work.Dump();

        KgRun second = work.Kg("build");

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(first.Output, Does.Match(@"articles: [1-9]\d* new, 0 changed, 0 unchanged, 0 removed"));
        Assert.That(second.Output, Does.Match(@"articles: 0 new, 0 changed, [1-9]\d* unchanged, 0 removed"));
        Assert.That(second.Output, Does.Contain("0 rows written"));
        Assert.That(work.Dump(), Is.EqualTo(before));
    }

    [Test]
    public void Build_WithNeo4jThatIsDown_StillBuildsAndSaysLoadWillCatchUp()
    {
        using var work = new Workspace(Workspace.First);
        var environment = new Dictionary<string, string> { ["NEO4J_URL"] = "http://127.0.0.1:9", ["NEO4J_PASSWORD"] = "not-a-real-secret" };

        KgRun run = work.Kg(environment, "build", "--neo4j");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Match(@"articles: [1-9]\d* new"));
        Assert.That(run.Error, Does.Contain("KG7001").And.Contain("`kg load` will catch up"));
        Assert.That(run.Output + run.Error, Does.Not.Contain("not-a-real-secret"));
        Assert.That(work.Kg("build").Output, Does.Contain("0 rows written"));
    }

    [Test]
    public void Build_AddEditPrune_EqualsAFreshBuildOfTheFinalFiles()
    {
        using var work = new Workspace(Workspace.First);
        Assert.That(work.Kg("build").ExitCode, Is.Zero);
        work.AddSeed(Workspace.Second);
        Assert.That(work.Kg("build").Output, Does.Contain("0 changed, ").And.Contain(" 0 removed"));
        string path = work.SeedPath(Workspace.First);
        File.WriteAllText(path, File.ReadAllText(path).Replace("It has been a tumultuous year for Central Asia.", "It has been a turbulent year for Central Asia.", StringComparison.Ordinal));
        Assert.That(work.Kg("build").Output, Does.Contain(" 1 changed, "));
        File.Delete(work.SeedPath(Workspace.Second));
        KgRun pruned = work.Kg("build", "--prune");
        using var fresh = new Workspace();
        File.Copy(path, fresh.SeedPath(Workspace.First));

        Assert.That(fresh.Kg("build").ExitCode, Is.Zero);

        Assert.That(pruned.Output, Does.Not.Contain(" 0 removed"));
        Assert.That(work.Dump(), Is.EqualTo(fresh.Dump()));
    }

    [Test]
    public void Build_FileGoneWithoutPrune_SaysWhatChangedAndNamesTheFileKept()
    {
        using var work = new Workspace(Workspace.First, Workspace.Second);
        KgRun first = work.Kg("build");
        File.Delete(work.SeedPath(Workspace.Second));

        KgRun kept = work.Kg("build");
        KgRun pruned = work.Kg("build", "--prune");

        Assert.That(first.Output, Does.Match(@"entities \+[1-9]\d* -0, co-mention edges \+[1-9]\d* -0, claims \+\d+ -0"));
        Assert.That(kept.Output, Does.Contain("kept: 1 file(s) gone since an earlier build; their articles stay until `kg build --prune`"));
        Assert.That(kept.Output, Does.Contain(Workspace.Second).And.Contain(" 0 removed"));
        Assert.That(pruned.Output, Does.Match(@"[1-9]\d* removed").And.Match(@"co-mention edges \+0 -[1-9]").And.Not.Contain("kept:"));
    }

    [Test]
    public void Build_KilledBeforeABatchCommits_KeepsEarlierBatchesSettledAndARerunEqualsACleanBuild()
    {
        using var work = new Workspace(Workspace.First, Workspace.Second);
        using var clean = new Workspace(Workspace.First, Workspace.Second);
        clean.Kg("build");

        KgRun killed = work.Kg(new Dictionary<string, string> { [BuildCommand.AbortVariable] = "2" }, "build", "--batch-size", "3");
        int articlesAfterKill;
        bool unsettledAfterKill;
        using (GraphStore store = GraphStore.Open(work.StorePath, StoreMode.Read))
        {
            articlesAfterKill = store.Reader.Articles().Count();
            unsettledAfterKill = store.HasUnsettledWork();
        }

        // Any command that reads the store settles what the killed build left, the writer lock being free.
        KgRun stats = work.Kg("stats");
        int entities;
        using (GraphStore store = GraphStore.Open(work.StorePath, StoreMode.Read))
        {
            Assert.That(store.HasUnsettledWork(), Is.False, "settled by `kg stats`");
            entities = store.Reader.Entities().Count();
        }

        string settled = work.Dump();
        string recomputed = work.DumpSettledFromScratch();
        KgRun rerun = work.Kg("build", "--batch-size", "3");

        Assert.That(killed.ExitCode, Is.Not.Zero);
        Assert.That(articlesAfterKill, Is.EqualTo(3), "exactly the first batch committed");
        Assert.That(unsettledAfterKill, Is.True, "the kill came before the build's closing settle");
        Assert.That(stats.ExitCode, Is.Zero, stats.Error);
        Assert.That(entities, Is.GreaterThan(0));
        Assert.That(settled, Is.EqualTo(recomputed), "the committed articles' entities, edges and claims equal a settle of every key");
        Assert.That(rerun.Output, Does.Match(@"articles: [1-9]\d* new, 0 changed, 3 unchanged"));
        Assert.That(work.Dump(), Is.EqualTo(clean.Dump()));
    }

    [Test]
    public void Build_AfterAKilledBuild_SettlesItsArticlesFirstAndSaysSo()
    {
        using var work = new Workspace(Workspace.First, Workspace.Second);
        using var clean = new Workspace(Workspace.First, Workspace.Second);
        clean.Kg("build");
        work.Kg(new Dictionary<string, string> { [BuildCommand.AbortVariable] = "2" }, "build", "--batch-size", "3");

        KgRun rerun = work.Kg("build", "--batch-size", "3");

        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        Assert.That(rerun.Output, Does.Match(@"first settled an interrupted build's articles: entities \+[1-9]"));
        Assert.That(work.Dump(), Is.EqualTo(clean.Dump()));
    }

    [Test]
    public void Build_WhileAnotherBuildHoldsTheStore_IsRefusedWithKG6001()
    {
        using var work = new Workspace(Workspace.First);
        using StoreLock held = StoreLock.Acquire(work.StorePath);

        KgRun run = work.Kg("build");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("KG6001").And.Contain("another `kg build`"));
        Assert.That(File.Exists(work.StorePath), Is.False);
    }

    [TestCase("this is not a database\n", "KG6002")]
    [TestCase("", null)]
    public void Build_OverAFileThatIsNoStore_ReportsItAndLeavesItAlone(string content, string? code)
    {
        using var work = new Workspace(Workspace.First);
        Directory.CreateDirectory(Path.GetDirectoryName(work.StorePath)!);
        File.WriteAllText(work.StorePath, content);

        KgRun run = work.Kg("build");

        if (code is null)
        {
            Assert.That(run.ExitCode, Is.Zero, "an empty file becomes a new store");
            return;
        }

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain(code));
        Assert.That(File.ReadAllText(work.StorePath), Is.EqualTo(content));
    }

    [Test]
    public void Build_BadFileAmongGoodOnes_ReportsItOnOneLineAndBuildsTheRest()
    {
        using var work = new Workspace(Workspace.First);
        File.WriteAllBytes(Path.Combine(work.Folder, "seeds", "broken.txt"), [0x41, 0x00, 0x42, 0x0a]);

        KgRun run = work.Kg("build");

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Exactly(1).Contains("seeds/broken.txt").And.Contains("KG1"));
        Assert.That(run.Output, Does.Match(@"[1-9]\d* new").And.Contain("skipped: 1 file"));
    }

    [Test]
    public void Build_OnlyAMissingPath_FailsWithKG1012AndCreatesNoStore()
    {
        using var work = new Workspace(Workspace.First);

        KgRun run = work.Kg("build", "does/not/exist");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error.Trim(), Is.EqualTo("does/not/exist: error KG1012: no such file or folder; nothing to read"));
        Assert.That(File.Exists(work.StorePath), Is.False);
    }

    [Test]
    public void Build_AMissingPathBesideAnExistingOne_WarnsOnceAndBuilds()
    {
        using var work = new Workspace(Workspace.First);

        KgRun run = work.Kg("build", "does/not/exist", "seeds");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Exactly(1).Contains("does/not/exist").And.Contains("warning KG1001"));
        Assert.That(run.Output, Does.Not.Contain("KG1001"), "the summary counts skipped files; it does not print their warnings again");
        Assert.That(run.Output, Does.Match(@"[1-9]\d* new").And.Contain("skipped: 1 file"));
    }

    [Test]
    public void Build_StorePathFromKgYaml_IsUsedUnlessStoreIsGiven()
    {
        using var work = new Workspace(Workspace.First);
        File.WriteAllText(Path.Combine(work.Folder, "kg.yaml"), "store: out/from-config.db\n");

        work.Kg("build");
        work.Kg("build", "--store", "elsewhere.db");

        Assert.That(File.Exists(Path.Combine(work.Folder, "out", "from-config.db")), Is.True);
        Assert.That(File.Exists(Path.Combine(work.Folder, "elsewhere.db")), Is.True);
        Assert.That(File.Exists(work.StorePath), Is.False);
    }

    [Test]
    public void Build_StorePathFromKgYaml_IsWhereReadCommandsLookToo()
    {
        using var work = new Workspace(Workspace.First);
        File.WriteAllText(Path.Combine(work.Folder, "kg.yaml"), "store: out/from-config.db\n");
        work.Kg("build");

        KgRun stats = work.Kg("stats");

        Assert.That(stats.ExitCode, Is.Zero, stats.Error);
        Assert.That(stats.Output, Does.Contain("Articles"));
    }

    [Test]
    public void Build_KgYamlWithUnknownKey_FailsWithKG9001AndItsLine()
    {
        using var work = new Workspace(Workspace.First);
        File.WriteAllText(Path.Combine(work.Folder, "kg.yaml"), "store: graph/kg.db\nstroe: typo.db\n");

        KgRun run = work.Kg("build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("kg.yaml:2:").And.Contain("KG9001"));
    }
}
