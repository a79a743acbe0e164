using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class InputListerTests
{
    [Test]
    public void List_FolderAndFiles_KeepsGivenOrderAndSortsFolderContentsByOrdinalPath()
    {
        using TempFolder temp = new();
        string single = temp.Write("z.jsonl", "{}");
        temp.Write("dir/b.HTM", "<p>x</p>");
        temp.Write("dir/a/c.md", "x");
        temp.Write("dir/a.txt", "x");
        temp.Write("dir/skip.pdf", "x");
        DiagnosticBag diagnostics = new();
        List<InputFile> files = InputLister.List([single, Path.Combine(temp.Path, "dir")], new IngestOptions(), diagnostics);
        string dir = Path.Combine(temp.Path, "dir");
        Assert.That(files.Select(f => (f.Path, f.Extension)), Is.EqualTo(new[]
        {
            (single, ".jsonl"),
            (Path.Combine(dir, "a.txt"), ".txt"),
            (Path.Combine(dir, "a", "c.md"), ".md"),
            (Path.Combine(dir, "b.HTM"), ".htm"),
        }));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void List_ExtensionsOption_NarrowsWhatIsRead()
    {
        using TempFolder temp = new();
        temp.Write("a.txt", "x");
        temp.Write("b.md", "x");
        List<InputFile> files = InputLister.List([temp.Path], new IngestOptions { Extensions = [".md"] }, new DiagnosticBag());
        Assert.That(files.Select(f => Path.GetFileName(f.Path)), Is.EqualTo(new[] { "b.md" }));
    }

    [Test]
    public void List_SeedsFolder_GivesTheTwoDumpsAndSkipsItsReadme()
    {
        DiagnosticBag diagnostics = new();
        List<InputFile> files = InputLister.List([SeedFiles.Folder], new IngestOptions(), diagnostics);
        Assert.That(files.Select(f => Path.GetFileName(f.Path)), Is.EqualTo(new[] { SeedFiles.First, SeedFiles.Second }));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void List_ReadmeNamedExplicitly_IsRead()
    {
        string readme = Path.Combine(SeedFiles.Folder, "README.md");
        Assert.That(InputLister.List([readme], new IngestOptions(), new DiagnosticBag()).Select(f => f.Path), Is.EqualTo(new[] { readme }));
    }

    [Test]
    public void RequireSome_NoPathExists_ThrowsNoInputNamingTheFirst()
    {
        using TempFolder temp = new();
        string missing = Path.Combine(temp.Path, "absent");

        var error = Assert.Throws<KgException>(() => InputLister.RequireSome([missing, missing + "2"]));

        Assert.That((error!.Code, error.File), Is.EqualTo((ErrorCodes.NoInput, missing)));
        Assert.That(error.Message, Does.Contain("nor does the other path given"));
    }

    [Test]
    public void RequireSome_OneOfTwoExists_Passes()
    {
        using TempFolder temp = new();
        string present = temp.Write("a.txt", "x");

        Assert.DoesNotThrow(() => InputLister.RequireSome([Path.Combine(temp.Path, "absent"), present]));
    }
}
