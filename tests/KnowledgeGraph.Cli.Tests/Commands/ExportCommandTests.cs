using System.Xml.Linq;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class ExportCommandTests
{
    private string outDir = "";

    [SetUp]
    public void CreateOutDir() => outDir = Path.Combine(Path.GetTempPath(), $"kg-cli-export-{Guid.NewGuid():N}");

    [TearDown]
    public void DeleteOutDir()
    {
        if (Directory.Exists(outDir))
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [TestCase("graphml", new[] { "claims.graphml", "graph.graphml" })]
    [TestCase("json", new[] { "graph.json" })]
    [TestCase("CSV", new[] { "claims.csv", "edges.csv", "nodes.csv" })]
    public void Export_Format_WritesItsFilesIntoOut(string format, string[] files)
    {
        var cli = new CliHarness();
        int exit = cli.Run("export", "--format", format, "--out", outDir, "--store", "some.db");
        Assert.That(exit, Is.Zero, cli.Error);
        Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(files));
        Assert.That(cli.OpenedPaths, Is.EqualTo(new[] { "some.db" }));
        Assert.That(cli.Output, Does.Contain("wrote"));
    }

    [Test]
    public void Export_GraphMl_HoldsEveryEntity()
    {
        var cli = new CliHarness();
        cli.Run("export", "--format", "graphml", "--out", outDir);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        int nodes = XDocument.Load(Path.Combine(outDir, "graph.graphml")).Descendants(g + "node").Count();
        Assert.That(nodes, Is.EqualTo(SeedGraphFixture.Reader.Entities().Count()));
    }

    [Test]
    public void Export_UnknownFormat_ExitsTwoListingTheFormats()
    {
        var cli = new CliHarness();
        int exit = cli.Run("export", "--format", "gexf", "--out", outDir);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.Contain("KG8005").And.Contain("graphml, json, csv"));
        Assert.That(Directory.Exists(outDir), Is.False);
    }

    [Test]
    public void Catalog_Formats_AreUnique()
    {
        Assert.That(ExporterCatalog.All.Select(e => e.Format), Is.Unique.And.All.Matches<string>(f => f == f.ToLowerInvariant()));
    }
}
