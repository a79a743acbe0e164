using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class GazetteerCommandTests
{
    [Test]
    public void Check_ShippedGazetteer_IsValidAndLarge()
    {
        (int exit, string output, string error) = Kg.Run("gazetteer", "check");
        Assert.That(exit, Is.EqualTo(0), error);
        int entities = int.Parse(output.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(entities, Is.GreaterThan(1000));
    }

    [Test]
    public void Check_DuplicateAlias_PrintsEveryErrorWithPosition()
    {
        string dir = Kg.TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), "entities:\n  - {id: china, name: China, type: Country, demonyms: [Chinese]}\n  - {id: taiwan, name: Taiwan, type: Country, demonyms: [Chinese]}\n  - {id: x, name: '', type: Place}\n");
            (int exit, _, string error) = Kg.Run("gazetteer", "check", "--gazetteers", dir);
            Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(error, Does.Contain("a.yaml:3:58: error KG3003"));
            Assert.That(error, Does.Contain("a.yaml:4:").And.Contain("KG3005"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>The analyst's case: `acronyms: [BRI, OBOR` (unclosed) in the shipped projects.yaml.</summary>
    [TestCase("gazetteer", "check")]
    [TestCase("build")]
    [TestCase("extract", "seeds")]
    [TestCase("entities")]
    public void Run_UnclosedAcronymListInProjects_OneCodedLineAndExitTwo(params string[] args)
    {
        using var work = new Workspace(Workspace.First);
        string projects = Path.Combine(work.Folder, "gazetteers", "projects.yaml");
        string text = File.ReadAllText(projects);
        int line = text[..text.IndexOf("acronyms: [BRI, OBOR]", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(projects, text.Replace("acronyms: [BRI, OBOR]", "acronyms: [BRI, OBOR", StringComparison.Ordinal));

        KgRun run = work.Kg(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error.TrimEnd(), Is.EqualTo($"gazetteers/projects.yaml:{line}:15: error KG3001: this list '[' is not closed: add ']' after its last item"));
        Assert.That(File.Exists(work.StorePath), Is.False, "nothing is built on a broken gazetteer");
    }
}
