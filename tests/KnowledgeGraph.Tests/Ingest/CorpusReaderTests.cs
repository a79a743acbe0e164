using System.Text;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class CorpusReaderTests
{
    private const string Article = "A new piece for the South China Morning Post this time exploring the fact that the Taliban have been frustrated.\n\nChina won’t be filling the void left by the US in Afghanistan any time soon\n\nSo much for the narratives of China filling the void.\n";

    [Test]
    public void Read_BothSeeds_SevenSharedArticlesComeOutWithEqualIdsAndTheSecondIsARepeat()
    {
        DiagnosticBag diagnostics = new();
        List<Document> docs = new CorpusReader().Read([SeedFiles.PathOf(SeedFiles.First), SeedFiles.PathOf(SeedFiles.Second)], diagnostics).ToList();
        string second = SeedFiles.PathOf(SeedFiles.Second);
        List<Document> firstDocs = docs.Where(d => d.Locations[0].File != second).ToList();
        List<Document> secondDocs = docs.Where(d => d.Locations[0].File == second).ToList();

        HashSet<string> shared = firstDocs.Select(d => d.Id).ToHashSet();
        shared.IntersectWith(secondDocs.Select(d => d.Id));
        Assert.That(shared, Has.Count.EqualTo(7));
        Assert.That(firstDocs.Where(d => d.IsRepeat), Is.Empty);
        Assert.That(secondDocs.Where(d => d.IsRepeat).Select(d => d.Id), Is.EquivalentTo(shared));
        Assert.That(secondDocs.Where(d => d.IsRepeat).SelectMany(d => d.Paragraphs).All(p => p.IsRepeat), Is.True);
        Assert.That(docs.Select(d => d.Id).Distinct().Count(), Is.EqualTo(13));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Read_BothSeedsConcatenatedInOneFile_SameTwentyArticlesWithSameIds()
    {
        using TempFolder temp = new();
        string joined = temp.WriteBytes("joined.txt",
        [
            .. File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.First)), (byte)'\n', (byte)'\n',
            .. File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.Second)),
        ]);
        List<string> separate = new CorpusReader().Read([SeedFiles.PathOf(SeedFiles.First), SeedFiles.PathOf(SeedFiles.Second)], new DiagnosticBag()).Select(d => d.Id).ToList();
        List<string> together = new CorpusReader().Read([joined], new DiagnosticBag()).Select(d => d.Id).ToList();
        Assert.That(together, Is.EqualTo(separate));
    }

    [Test]
    public void Read_SharedArticle_KeepsItsOwnLocationInEachFile()
    {
        List<Document> docs = new CorpusReader().Read([SeedFiles.PathOf(SeedFiles.First), SeedFiles.PathOf(SeedFiles.Second)], new DiagnosticBag()).ToList();
        List<Document> void_ = docs.Where(d => d.Title == "China won’t be filling the void left by the US in Afghanistan any time soon").ToList();
        Assert.That(void_.Select(d => d.Locations.Single()), Is.EqualTo(new[]
        {
            new SourceLocation(SeedFiles.PathOf(SeedFiles.First), 185),
            new SourceLocation(SeedFiles.PathOf(SeedFiles.Second), 1),
        }));
        Assert.That(void_.Select(d => d.IsRepeat), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void Read_BothSeedsWithMarkRepeatsOff_SameArticlesNoneMarked()
    {
        string[] paths = [SeedFiles.PathOf(SeedFiles.First), SeedFiles.PathOf(SeedFiles.Second)];
        List<Document> marked = new CorpusReader().Read(paths, new DiagnosticBag()).ToList();

        List<Document> unmarked = new CorpusReader(new IngestOptions { MarkRepeats = false }).Read(paths, new DiagnosticBag()).ToList();

        Assert.That(unmarked.Select(d => d.Id), Is.EqualTo(marked.Select(d => d.Id)));
        Assert.That(marked.Count(d => d.IsRepeat), Is.EqualTo(7));
        Assert.That(unmarked.Where(d => d.IsRepeat || d.Paragraphs.Any(p => p.IsRepeat)), Is.Empty);
    }

    [Test]
    public void Read_ParagraphRepeatedInsideOneSeedArticle_IsMarkedTheSecondTime()
    {
        Document doc = new CorpusReader().Read([SeedFiles.PathOf(SeedFiles.First)], new DiagnosticBag())
            .Single(d => d.Title == "Why Xi Jinping Chose Central Asia for His First Post-COVID-19 Trip");
        Paragraph first = doc.Paragraphs.Single(p => p.Location.Line == 580);
        Paragraph again = doc.Paragraphs.Single(p => p.Location.Line == 584);
        Assert.That(again.Text, Is.EqualTo(first.Text));
        Assert.That((first.IsRepeat, again.IsRepeat), Is.EqualTo((false, true)));
    }

    [Test]
    public void Read_Folder_ReadsSupportedFilesRecursivelyInSortedOrderSilentlySkippingOthers()
    {
        using TempFolder temp = new();
        temp.Write("b/z.txt", Article);
        temp.Write("a.md", Article.Replace("void left", "gap left", StringComparison.Ordinal));
        temp.Write("b/notes.docx", "ignored");
        DiagnosticBag diagnostics = new();
        List<Document> docs = new CorpusReader().Read([temp.Path], diagnostics).ToList();
        Assert.That(docs.Select(d => d.Locations[0].File), Is.EqualTo(new[] { Path.Combine(temp.Path, "a.md"), Path.Combine(temp.Path, "b", "z.txt") }));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Read_RelativePath_StaysRelativeInLocations()
    {
        using TempFolder temp = new();
        temp.Write("a.txt", Article);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(temp.Path, "a.txt"));
        Document doc = new CorpusReader().Read([relative], new DiagnosticBag()).Single();
        Assert.That(doc.Locations[0].File, Is.EqualTo(relative));
        Assert.That(doc.Paragraphs.Select(p => p.Location.File).Distinct(), Is.EqualTo(new[] { relative }));
    }

    [Test]
    public void Read_UnsupportedExtensionNamedExplicitly_WarnsOnce()
    {
        using TempFolder temp = new();
        string path = temp.Write("a.docx", Article);
        DiagnosticBag diagnostics = new();
        Assert.That(new CorpusReader().Read([path], diagnostics), Is.Empty);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.File)), Is.EqualTo(new[] { (ErrorCodes.UnsupportedExtension, path) }));
    }

    [Test]
    public void Read_MissingPath_WarnsOnceAndGoesOn()
    {
        using TempFolder temp = new();
        string good = temp.Write("a.txt", Article);
        string missing = Path.Combine(temp.Path, "missing.txt");
        DiagnosticBag diagnostics = new();
        List<Document> docs = new CorpusReader().Read([missing, good], diagnostics).ToList();
        Assert.That(docs, Has.Count.EqualTo(1));
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.File)), Is.EqualTo(new[] { (ErrorCodes.FileNotFound, missing) }));
    }

    [Test]
    public void Read_FileDeletedBetweenListingAndReading_WarnsOnceAndGoesOn()
    {
        using TempFolder temp = new();
        temp.Write("a.txt", Article);
        string doomed = temp.Write("b.txt", Article.Replace("void left", "gap left", StringComparison.Ordinal));
        temp.Write("c.txt", Article.Replace("void left", "hole left", StringComparison.Ordinal));
        DiagnosticBag diagnostics = new();
        List<Document> docs = [];
        foreach (Document doc in new CorpusReader().Read([temp.Path], diagnostics))
        {
            docs.Add(doc);
            File.Delete(doomed);
        }

        Assert.That(docs.Select(d => Path.GetFileName(d.Locations[0].File)), Is.EqualTo(new[] { "a.txt", "c.txt" }));
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.File)), Is.EqualTo(new[] { (ErrorCodes.FileUnreadable, doomed) }));
    }

    [Test]
    public void Read_BadFilesAmongGoodOnes_EachGivesOneWarningNamingItAndTheRunGoesOn()
    {
        using TempFolder temp = new();
        temp.Write("1-good.txt", Article);
        string empty = temp.Write("2-empty.txt", "");
        string binary = temp.WriteBytes("3-binary.txt", [0x43, 0x68, 0x00, 0x01, 0x02]);
        string invalid = temp.WriteBytes("4-invalid.txt", [.. Encoding.UTF8.GetBytes("Kabul\n"), 0xC3, 0x28]);
        string jsonl = temp.Write("5-mixed.jsonl", "{\"title\":\"Gwadar\",\"text\":\"CPEC runs to Gwadar.\"}\n{not json\n");
        DiagnosticBag diagnostics = new();
        List<Document> docs = new CorpusReader().Read([temp.Path], diagnostics).ToList();
        Assert.That(docs, Has.Count.EqualTo(2));
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.File, d.Line)), Is.EqualTo(new[]
        {
            (ErrorCodes.FileEmpty, empty, 0),
            (ErrorCodes.FileBinary, binary, 1),
            (ErrorCodes.FileInvalidUtf8, invalid, 2),
            (ErrorCodes.JsonlBadLine, jsonl, 2),
        }));
    }

    [Test]
    public void Read_IsLazy_NothingIsReadOrReportedBeforeEnumeration()
    {
        DiagnosticBag diagnostics = new();
        IEnumerable<Document> docs = new CorpusReader().Read(["no-such-path.txt"], diagnostics);
        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(docs.ToList(), Is.Empty);
        Assert.That(diagnostics.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public void Read_SixtyCopiesOfASeed_RetainedMemoryStaysFlat()
    {
        using TempFolder temp = new();
        byte[] seed = File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.Second));
        for (int i = 0; i < 60; i++)
        {
            temp.WriteBytes($"copy{i:D3}.txt", seed);
        }

        CorpusReader reader = new();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        List<long> retained = [];
        int count = 0;
        foreach (Document doc in reader.Read([temp.Path], new DiagnosticBag()))
        {
            if (++count is 10 or 590)
            {
                retained.Add(GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        Assert.That(count, Is.EqualTo(600));
        Assert.That(retained, Has.All.LessThan(2 << 20), "10 MB of input must never be held at once");
    }

    [Test]
    public void Constructor_InvalidOptions_ThrowsOptionInvalid()
    {
        KgException? error = Assert.Throws<KgException>(() => _ = new CorpusReader(new IngestOptions { MaxLineBytes = 1 }));
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OptionInvalid));
    }
}
