using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Browser;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class ViewCommandTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Kg.TempDir();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void View_FixtureStore_WritesOnePageAndSaysWhat()
    {
        BrowserRequirement.RequireLibrary();
        var cli = new CliHarness();
        string page = Path.Combine(folder, "nested", "page.html");
        int exit = cli.Run("view", "--out", page, "--assets", BrowserRequirement.ViewFolder, "--store", "some.db");
        Assert.That(exit, Is.Zero, cli.Error);
        Assert.That(cli.OpenedPaths, Is.EqualTo(new[] { "some.db" }));
        Assert.That(cli.Output, Does.Contain($"{SeedGraphFixture.Reader.EntityRows.Count} entities"));
        string html = File.ReadAllText(page);
        Assert.That(html, Does.StartWith("<!doctype html>").And.Contain("data-package=\"cytoscape@").And.Contain("data-package=\"cytoscape-fcose@"));
        Assert.That(html, Does.Contain("\"id\":\"abdul-ghani-baradar\""));
    }

    [Test]
    public void View_MaxEdgesBelowTheGraph_PrintsTheNote()
    {
        BrowserRequirement.RequireLibrary();
        var cli = new CliHarness();
        int exit = cli.Run("view", "--out", Path.Combine(folder, "p.html"), "--assets", BrowserRequirement.ViewFolder, "--max-edges", "5");
        Assert.That(exit, Is.Zero, cli.Error);
        Assert.That(cli.Output, Does.Contain("5 edges").And.Contain("Showing the 5 strongest"));
    }

    [Test]
    public void View_UnknownFocus_ExitsTwoWithKG8001()
    {
        BrowserRequirement.RequireLibrary();
        var cli = new CliHarness();
        int exit = cli.Run("view", "--out", Path.Combine(folder, "p.html"), "--assets", BrowserRequirement.ViewFolder, "--focus", "Atlantis");
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.Contain("KG8001").And.Contain("Atlantis"));
        Assert.That(File.Exists(Path.Combine(folder, "p.html")), Is.False);
    }

    [Test]
    public void View_HopsOutOfRange_ExitsTwoBeforeOpeningTheStore()
    {
        var cli = new CliHarness();
        int exit = cli.Run("view", "--hops", "9");
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.Contain("KG9002").And.Contain("--hops"));
        Assert.That(cli.OpenedPaths, Is.Empty);
    }

    [Test]
    public void View_LibraryNotInstalled_SaysHowToInstallIt()
    {
        foreach (string file in new[] { "package.json", "package-lock.json", "page.html", "page.css", "page.js" })
        {
            File.Copy(Path.Combine(BrowserRequirement.ViewFolder, file), Path.Combine(folder, file));
        }

        var cli = new CliHarness();
        int exit = cli.Run("view", "--assets", folder, "--out", Path.Combine(folder, "p.html"));
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(cli.Error, Does.Contain("KG8006").And.Contain($"npm ci --prefix {folder}"));
        Assert.That(cli.OpenedPaths, Is.Empty);
    }
}
