using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Tests.Ingest;
using KnowledgeGraph.View;

namespace KnowledgeGraph.Tests.View;

/// <summary>A view folder laid out by hand: package.json, package-lock.json, the page files and a fake node_modules.</summary>
[TestFixture]
internal sealed class ViewAssetLoaderTests
{
    private const string Manifest = """{ "name": "v", "inline": ["lib/dist/lib.js", "addon/addon.js"] }""";
    private const string Lock = """{ "packages": { "": {}, "node_modules/lib": { "version": "1.2.3" }, "node_modules/addon": { "version": "0.1.0" } } }""";

    private static TempFolder Folder(string manifest = Manifest, string lockFile = Lock, bool install = true, string libVersion = "1.2.3")
    {
        var folder = new TempFolder();
        folder.Write("package.json", manifest);
        folder.Write("package-lock.json", lockFile);
        folder.Write("page.html", "<html>{{title}}</html>");
        folder.Write("page.css", "body{}");
        folder.Write("page.js", "go();");
        if (install)
        {
            folder.Write("node_modules/lib/package.json", $$"""{ "version": "{{libVersion}}" }""");
            folder.Write("node_modules/lib/dist/lib.js", "var lib = 1;");
            folder.Write("node_modules/addon/package.json", """{ "version": "0.1.0" }""");
            folder.Write("node_modules/addon/addon.js", "var addon = 2;");
        }

        return folder;
    }

    [Test]
    public void Load_Installed_ScriptsInManifestOrderWithPinnedVersions()
    {
        using TempFolder folder = Folder();
        ViewAssets assets = ViewAssetLoader.Load(folder.Path);
        Assert.That(assets.Libraries.Select(l => (l.Package, l.Version, l.Text)), Is.EqualTo(new[] { ("lib", "1.2.3", "var lib = 1;"), ("addon", "0.1.0", "var addon = 2;") }));
        Assert.That((assets.Template, assets.Style, assets.Script), Is.EqualTo(("<html>{{title}}</html>", "body{}", "go();")));
    }

    [Test]
    public void Load_NotInstalled_SaysHowToInstall()
    {
        using TempFolder folder = Folder(install: false);
        var error = Assert.Throws<KgException>(() => ViewAssetLoader.Load(folder.Path))!;
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.ViewLibraryMissing));
        Assert.That(error.Message, Does.Contain($"npm ci --prefix {folder.Path}").And.Contain("lib 1.2.3"));
    }

    [Test]
    public void Load_OtherVersionInstalled_IsRefused()
    {
        using TempFolder folder = Folder(libVersion: "1.3.0");
        var error = Assert.Throws<KgException>(() => ViewAssetLoader.Load(folder.Path))!;
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.ViewLibraryMissing));
        Assert.That(error.Message, Does.Contain("1.3.0").And.Contain("pins 1.2.3"));
    }

    [Test]
    public void Load_NoFolder_PointsToTheAssetsOption()
    {
        var error = Assert.Throws<KgException>(() => ViewAssetLoader.Load(Path.Combine(Path.GetTempPath(), "kg-no-such-view")))!;
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.ViewAssetInvalid));
        Assert.That(error.Message, Does.Contain("--assets"));
    }

    [TestCase("""{ "name": "v" }""", "no \"inline\" list")]
    [TestCase("""{ "inline": ["../outside.js"] }""", "not a path under node_modules")]
    [TestCase("""{ "inline": [ }""", "not valid JSON")]
    public void Load_BadManifest_NamesTheProblem(string manifest, string message)
    {
        using TempFolder folder = Folder(manifest: manifest);
        var error = Assert.Throws<KgException>(() => ViewAssetLoader.Load(folder.Path))!;
        Assert.That((error.Code, error.File), Is.EqualTo((ErrorCodes.ViewAssetInvalid, Path.Combine(folder.Path, "package.json"))));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void Load_RepositoryViewFolder_PinsEveryInlinedPackage()
    {
        // The shipped manifest and lock agree: every package named in "inline" is pinned by the lock.
        string view = Path.Combine(RepoPaths.Root, "view");
        string manifest = File.ReadAllText(Path.Combine(view, "package.json"));
        string lockFile = File.ReadAllText(Path.Combine(view, "package-lock.json"));
        using var doc = System.Text.Json.JsonDocument.Parse(manifest);
        foreach (System.Text.Json.JsonElement script in doc.RootElement.GetProperty("inline").EnumerateArray())
        {
            string package = script.GetString()!.Split('/')[0];
            Assert.That(lockFile, Does.Contain($"\"node_modules/{package}\""), package);
        }

        Assert.That(lockFile, Does.Not.Contain("resolved"), "the lock names no download address");
    }
}
