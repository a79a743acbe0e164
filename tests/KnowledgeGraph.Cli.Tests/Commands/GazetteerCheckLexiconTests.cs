namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>`kg gazetteer check` validates gazetteers/predicates.yaml beside the entity files.</summary>
[TestFixture]
internal sealed class GazetteerCheckLexiconTests
{
    private string dir = "";

    [SetUp]
    public void CreateFolder()
    {
        dir = Path.Combine(Path.GetTempPath(), "kg-lexicon-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "countries.yaml"), "entities:\n  - id: china\n    name: China\n    type: Country\n");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(dir, recursive: true);

    [Test]
    public void Check_LexiconWithUnknownClass_PrintsFileLineColumnAndFails()
    {
        File.WriteAllText(Path.Combine(dir, "predicates.yaml"), "predicates:\n  - name: HOSTS\n    class: friendly\n    verbs: [host]\n");

        var (code, _, error) = Kg.Run("gazetteer", "check", "--gazetteers", dir);

        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("predicates.yaml:3:12: error KG3102: unknown class `friendly`"));
    }

    [Test]
    public void Check_ValidLexicon_CountsPredicates()
    {
        File.WriteAllText(Path.Combine(dir, "predicates.yaml"), "predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [host]\n");

        var (code, output, error) = Kg.Run("gazetteer", "check", "--gazetteers", dir);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("1 predicates"));
    }
}
