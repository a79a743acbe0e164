using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>kg.yaml's settings are honoured the same way by every command: a flag wins, then kg.yaml, then the default.</summary>
[TestFixture]
internal sealed class KgYamlTests
{
    [TestCase("gazetteer", "check")]
    [TestCase("extract", "seeds")]
    [TestCase("entities", "seeds")]
    [TestCase("discover", "seeds", "--top", "1")]
    [TestCase("build")]
    public void Run_GazetteersMovedAndNamedInKgYaml_EveryCommandFindsThem(params string[] args)
    {
        using var work = new Workspace(Workspace.First);
        Directory.CreateDirectory(Path.Combine(work.Folder, "data"));
        Directory.Move(Path.Combine(work.Folder, "gazetteers"), Path.Combine(work.Folder, "data", "gaz"));
        File.WriteAllText(Path.Combine(work.Folder, "kg.yaml"), "gazetteers: data/gaz\n");

        KgRun run = work.Kg(args);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [Test]
    public void Run_GazetteersFlag_WinsOverKgYaml()
    {
        using var work = new Workspace(Workspace.First);
        File.WriteAllText(Path.Combine(work.Folder, "kg.yaml"), "gazetteers: nowhere\n");

        KgRun fromYaml = work.Kg("gazetteer", "check");
        KgRun fromFlag = work.Kg("gazetteer", "check", "--gazetteers", "gazetteers");

        Assert.That(fromYaml.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(fromYaml.Error, Does.Contain("nowhere: error KG3009"));
        Assert.That(fromFlag.ExitCode, Is.Zero, fromFlag.Error);
    }
}
