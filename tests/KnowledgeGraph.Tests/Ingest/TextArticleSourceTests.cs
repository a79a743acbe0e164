using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

/// <summary>
/// <see cref="TextArticleSource"/> on the seed corpus (article boundaries, titles and labels established
/// reading both files in full; the expected values below were checked by hand against the files) and on small files.
/// </summary>
[TestFixture]
internal sealed class TextArticleSourceTests
{
    private static readonly string[] FirstTitles =
    [
        "2023 outlook: Central Asia is not out of the woods yet",
        "Why Uzbekistan and Kazakhstan’s hopes of using China as a hedge against Russia could be doomed",
        "Inheriting the Storm: Beijing’s Difficult new Relationship with Kabul",
        "China won’t be filling the void left by the US in Afghanistan any time soon",
        "Paving the Digital Silk Road with the Shanghai Cooperation Organisation",
        "China’s growing clout in Central Asia",
        "Why Xi Jinping Chose Central Asia for His First Post-COVID-19 Trip",
        "China and Russia to showcase alternative world order at SCO Summit",
        "Terrorism fused with great power conflict may be the west’s next challenge",
        "Afghanistan shows the limits of China’s Belt and Road",
    ];

    private static readonly string[] SecondTitles =
    [
        "China won’t be filling the void left by the US in Afghanistan any time soon",
        "Russian proxies seize the advantage in Africa’s Islamist insurgencies",
        "Paving the Digital Silk Road with the Shanghai Cooperation Organisation",
        "Afghanistan: The new geopolitical arena for China and India",
        "China’s growing clout in Central Asia",
        "Why Xi Jinping Chose Central Asia for His First Post-COVID-19 Trip",
        "A View from the CT Foxhole: Robert Hannigan, Former Director, GCHQ",
        "China and Russia to showcase alternative world order at SCO Summit",
        "Terrorism fused with great power conflict may be the west’s next challenge",
        "Afghanistan shows the limits of China’s Belt and Road",
    ];

    private static readonly int[] FirstStarts = [1, 63, 107, 185, 232, 526, 570, 630, 676, 710];
    private static readonly int[] SecondStarts = [1, 48, 78, 372, 409, 453, 513, 681, 727, 761];

    [Test]
    public void Read_FirstSeed_GivesTenArticlesWithHandCheckedTitles()
    {
        List<Document> docs = ReadSeed(SeedFiles.First, out _);
        Assert.That(docs.Select(d => d.Title), Is.EqualTo(FirstTitles));
        Assert.That(docs.Select(d => d.Locations.Single().Line), Is.EqualTo(FirstStarts));
    }

    [Test]
    public void Read_SecondSeed_GivesTenArticlesWithHandCheckedTitles()
    {
        List<Document> docs = ReadSeed(SeedFiles.Second, out _);
        Assert.That(docs.Select(d => d.Title), Is.EqualTo(SecondTitles));
        Assert.That(docs.Select(d => d.Locations.Single().Line), Is.EqualTo(SecondStarts));
    }

    [TestCase(SeedFiles.First)]
    [TestCase(SeedFiles.Second)]
    public void Read_Seed_LabelsEveryNonBlankLineOnceWithItsOriginalText(string name)
    {
        List<Document> docs = ReadSeed(name, out DiagnosticBag diagnostics);
        string[] fileLines = File.ReadAllLines(SeedFiles.PathOf(name));
        List<(int Line, string Text)> read = docs.SelectMany(d => d.Paragraphs).Select(p => (p.Location.Line, p.Text)).ToList();
        List<(int Line, string Text)> expected = fileLines.Select((text, i) => (i + 1, text)).Where(l => !string.IsNullOrWhiteSpace(l.text)).ToList();
        Assert.That(read, Is.EqualTo(expected));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [TestCase(SeedFiles.First)]
    [TestCase(SeedFiles.Second)]
    public void Read_Seed_EveryArticleHasOneIntroOneTitleAndBody(string name)
    {
        foreach (Document doc in ReadSeed(name, out _))
        {
            Assert.That(doc.Paragraphs.Count(p => p.Role == LineRole.Intro), Is.EqualTo(1), doc.ToString());
            Assert.That(doc.Paragraphs.Count(p => p.Role == LineRole.Title), Is.EqualTo(1), doc.ToString());
            Assert.That(doc.Paragraphs.Count(p => p.Role == LineRole.Body), Is.GreaterThan(5), doc.ToString());
        }
    }

    [TestCase(SeedFiles.First, 1, LineRole.Boilerplate)]
    [TestCase(SeedFiles.First, 3, LineRole.Intro)]
    [TestCase(SeedFiles.First, 5, LineRole.Title)]
    [TestCase(SeedFiles.First, 7, LineRole.Subtitle)]
    [TestCase(SeedFiles.First, 9, LineRole.Caption)]
    [TestCase(SeedFiles.First, 11, LineRole.Byline)]
    [TestCase(SeedFiles.First, 13, LineRole.Body)]
    [TestCase(SeedFiles.First, 33, LineRole.Caption)]
    [TestCase(SeedFiles.First, 63, LineRole.Intro)]
    [TestCase(SeedFiles.First, 67, LineRole.Subtitle)]
    [TestCase(SeedFiles.First, 68, LineRole.Subtitle)]
    [TestCase(SeedFiles.First, 69, LineRole.Caption)]
    [TestCase(SeedFiles.First, 105, LineRole.Byline)]
    [TestCase(SeedFiles.First, 111, LineRole.Subtitle)]
    [TestCase(SeedFiles.First, 113, LineRole.Caption)]
    [TestCase(SeedFiles.First, 183, LineRole.Body)]
    [TestCase(SeedFiles.First, 236, LineRole.Subtitle)]
    [TestCase(SeedFiles.First, 238, LineRole.Body)]
    [TestCase(SeedFiles.First, 244, LineRole.Caption)]
    [TestCase(SeedFiles.First, 250, LineRole.Body)]
    [TestCase(SeedFiles.First, 328, LineRole.Body)]
    [TestCase(SeedFiles.First, 334, LineRole.Boilerplate)]
    [TestCase(SeedFiles.First, 336, LineRole.Boilerplate)]
    [TestCase(SeedFiles.First, 338, LineRole.Byline)]
    [TestCase(SeedFiles.First, 344, LineRole.Byline)]
    [TestCase(SeedFiles.First, 346, LineRole.Boilerplate)]
    [TestCase(SeedFiles.First, 348, LineRole.Endnote)]
    [TestCase(SeedFiles.First, 386, LineRole.Endnote)]
    [TestCase(SeedFiles.First, 532, LineRole.Caption)]
    [TestCase(SeedFiles.First, 550, LineRole.Body)]
    [TestCase(SeedFiles.First, 576, LineRole.Caption)]
    [TestCase(SeedFiles.First, 624, LineRole.Endnote)]
    [TestCase(SeedFiles.First, 650, LineRole.Caption)]
    [TestCase(SeedFiles.First, 680, LineRole.Subtitle)]
    [TestCase(SeedFiles.First, 682, LineRole.Caption)]
    [TestCase(SeedFiles.First, 684, LineRole.Byline)]
    [TestCase(SeedFiles.First, 694, LineRole.Body)]
    [TestCase(SeedFiles.First, 696, LineRole.Body)]
    [TestCase(SeedFiles.First, 716, LineRole.Caption)]
    [TestCase(SeedFiles.Second, 54, LineRole.Caption)]
    [TestCase(SeedFiles.Second, 76, LineRole.Byline)]
    [TestCase(SeedFiles.Second, 376, LineRole.Caption)]
    [TestCase(SeedFiles.Second, 378, LineRole.Body)]
    [TestCase(SeedFiles.Second, 407, LineRole.Byline)]
    [TestCase(SeedFiles.Second, 513, LineRole.Intro)]
    [TestCase(SeedFiles.Second, 517, LineRole.Subtitle)]
    [TestCase(SeedFiles.Second, 523, LineRole.Body)]
    [TestCase(SeedFiles.Second, 565, LineRole.Body)]
    [TestCase(SeedFiles.Second, 637, LineRole.Boilerplate)]
    [TestCase(SeedFiles.Second, 638, LineRole.Endnote)]
    [TestCase(SeedFiles.Second, 656, LineRole.Boilerplate)]
    [TestCase(SeedFiles.Second, 661, LineRole.Endnote)]
    public void Read_SeedLine_HasRole(string name, int line, LineRole role)
    {
        Paragraph paragraph = ReadSeed(name, out _).SelectMany(d => d.Paragraphs).Single(p => p.Location.Line == line);
        Assert.That(paragraph.Role, Is.EqualTo(role), paragraph.Text);
    }

    [TestCase(SeedFiles.First, 3, "Nikkei Asia Review")]
    [TestCase(SeedFiles.First, 185, "South China Morning Post")]
    [TestCase(SeedFiles.Second, 513, "CTC Sentinel")]
    public void Read_SeedIntro_FillsOutletFromCue(string name, int start, string outlet)
    {
        Document doc = ReadSeed(name, out _).Single(d => d.Paragraphs.Any(p => p.Role == LineRole.Intro && p.Location.Line == start));
        Assert.That(doc.Meta.Outlet, Is.EqualTo(outlet));
    }

    [Test]
    public void Read_MarkdownWithFrontMatter_TakesMetadataAndSkipsFrontMatterLines()
    {
        using TempFolder temp = new();
        string path = temp.Write("a.md", "---\ntitle: Beijing and Kabul\ndate: 2022-08-15\noutlet: Nikkei Asia\nauthor: Raffaello Pantucci\n---\n# Beijing and Kabul\n\nChina has delivered very little.\n");
        DiagnosticBag diagnostics = new();
        Document doc = new TextArticleSource(path, new IngestOptions()).Read(diagnostics).Single();
        Assert.That(doc.Meta, Is.EqualTo(new ArticleMeta { Title = "Beijing and Kabul", Date = "2022-08-15", Outlet = "Nikkei Asia", Author = "Raffaello Pantucci" }));
        Assert.That(doc.Paragraphs.Select(p => (p.Location.Line, p.Role)), Is.EqualTo(new[] { (7, LineRole.Title), (9, LineRole.Body) }));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Read_MalformedFrontMatter_WarnsWithFileAndLineAndReadsLinesAsText()
    {
        using TempFolder temp = new();
        string path = temp.Write("a.md", "---\ntitle: [unclosed\n---\nChina has delivered very little.\n");
        DiagnosticBag diagnostics = new();
        Document doc = new TextArticleSource(path, new IngestOptions()).Read(diagnostics).Single();
        Diagnostic warning = diagnostics.Items.Single();
        Assert.That((warning.Code, warning.File, warning.Line), Is.EqualTo((ErrorCodes.FrontMatterInvalid, path, 2)).Or.EqualTo((ErrorCodes.FrontMatterInvalid, path, 3)));
        Assert.That(doc.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "---", "title: [unclosed", "---", "China has delivered very little." }));
    }

    [Test]
    public void Read_PlainArticleWithoutIntro_IsOneArticleWithTitleFirst()
    {
        using TempFolder temp = new();
        string path = temp.Write("a.txt", "China’s growing clout in Central Asia\r\n\r\nBut Beijing has not chosen to do much with its growing clout.\r\n\r\nGoing forward, evading that responsibility might no longer be possible.\r\n");
        Document doc = new TextArticleSource(path, new IngestOptions()).Read(new DiagnosticBag()).Single();
        Assert.That(doc.Paragraphs.Select(p => (p.Role, p.Location.Line)), Is.EqualTo(new[] { (LineRole.Title, 1), (LineRole.Body, 3), (LineRole.Body, 5) }));
        Assert.That(doc.Paragraphs[2].Text, Is.EqualTo("Going forward, evading that responsibility might no longer be possible."));
    }

    /// <summary>Each seed is read once per test run; tests only look at the documents.</summary>
    private static List<Document> ReadSeed(string name, out DiagnosticBag diagnostics)
    {
        lock (SeedReads)
        {
            if (!SeedReads.TryGetValue(name, out (List<Document> Docs, DiagnosticBag Diagnostics) read))
            {
                DiagnosticBag bag = new();
                read = (new TextArticleSource(SeedFiles.PathOf(name), new IngestOptions()).Read(bag).ToList(), bag);
                SeedReads[name] = read;
            }

            diagnostics = read.Diagnostics;
            return read.Docs;
        }
    }

    private static readonly Dictionary<string, (List<Document> Docs, DiagnosticBag Diagnostics)> SeedReads = [];
}
