using KnowledgeGraph.Configuration;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Configuration;

[TestFixture]
internal sealed class KgConfigTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "kg-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Load_NoFile_GivesDefaults()
    {
        KgConfig config = KgConfig.Load(Path.Combine(folder, "kg.yaml"));

        Assert.That(config, Has.Property("Store").EqualTo("graph/kg.db").And.Property("Gazetteers").EqualTo("gazetteers"));
    }

    [Test]
    public void Load_BothKeys_BindsThem()
    {
        string path = Write("store: data/graph.db\ngazetteers: my-gazetteers\n");

        KgConfig config = KgConfig.Load(path);

        Assert.That(config, Has.Property("Store").EqualTo("data/graph.db").And.Property("Gazetteers").EqualTo("my-gazetteers"));
    }

    [TestCase("store: graph/kg.db\nstroe: x.db\n", 2)]
    [TestCase("store: [not, a, path]\n", 1)]
    public void Load_BadFile_ThrowsConfigInvalidWithLine(string yaml, int line)
    {
        string path = Write(yaml);

        var error = Assert.Throws<KgException>(() => KgConfig.Load(path));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ConfigInvalid));
        Assert.That(error.Line, Is.EqualTo(line));
        Assert.That(error.File, Is.EqualTo(path));
    }

    [Test]
    public void Load_EmptyStorePath_ThrowsConfigInvalid()
    {
        string path = Write("store: ''\n");

        var error = Assert.Throws<KgException>(() => KgConfig.Load(path));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ConfigInvalid));
    }

    private string Write(string yaml)
    {
        string path = Path.Combine(folder, "kg.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
