using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class IngestCuesLoaderTests
{
    [Test]
    public void Load_ShippedCueFile_EqualsTheBuiltInDefaults()
    {
        string path = Path.Combine(Path.GetDirectoryName(SeedFiles.Folder)!, "gazetteers", "ingest-cues.yaml");
        IngestCues loaded = IngestCuesLoader.Load(path);
        IngestCues defaults = IngestCues.Default;
        Assert.That(loaded.IntroWords, Is.EqualTo(defaults.IntroWords));
        Assert.That(loaded.IntroStarts, Is.EqualTo(defaults.IntroStarts));
        Assert.That(loaded.CaptionCredits, Is.EqualTo(defaults.CaptionCredits));
        Assert.That(loaded.BylineStarts, Is.EqualTo(defaults.BylineStarts));
        Assert.That(loaded.BylineRoles, Is.EqualTo(defaults.BylineRoles));
        Assert.That(loaded.BoilerplateStarts, Is.EqualTo(defaults.BoilerplateStarts));
        Assert.That(loaded.ContributorHeadings, Is.EqualTo(defaults.ContributorHeadings));
        Assert.That(loaded.NoteHeadings, Is.EqualTo(defaults.NoteHeadings));
        Assert.That(loaded.Outlets, Is.EqualTo(defaults.Outlets));
        Assert.That(loaded.MaxTitleLength, Is.EqualTo(defaults.MaxTitleLength));
    }

    [Test]
    public void LoadOrDefault_FolderWithoutCueFile_GivesDefaults()
    {
        using TempFolder temp = new();
        Assert.That(IngestCuesLoader.LoadOrDefault(temp.Path), Is.SameAs(IngestCues.Default));
    }

    [Test]
    public void LoadOrDefault_FolderWithCueFile_LoadsIt()
    {
        using TempFolder temp = new();
        temp.Write(IngestCuesLoader.FileName, "ingest:\n  max_title_length: 90\n");
        Assert.That(IngestCuesLoader.LoadOrDefault(temp.Path).MaxTitleLength, Is.EqualTo(90));
    }

    [Test]
    public void Load_PartialFile_KeepsDefaultsForListsLeftOut()
    {
        using TempFolder temp = new();
        IngestCues cues = IngestCuesLoader.Load(temp.Write("cues.yaml", "ingest:\n  caption_credits: [\"Photo credit:\"]\n"));
        Assert.That(cues.CaptionCredits, Is.EqualTo(new[] { "Photo credit:" }));
        Assert.That(cues.IntroWords, Is.EqualTo(IngestCues.Default.IntroWords));
    }

    [TestCase("entities: []\n", 1)]
    [TestCase("ingest:\n  caption_credit: [x]\n", 2)]
    [TestCase("ingest:\n  intro_words: [unclosed\n", 2)]
    public void Load_BadFile_ThrowsConfigInvalidWithLine(string yaml, int line)
    {
        using TempFolder temp = new();
        string path = temp.Write("cues.yaml", yaml);
        KgException? error = Assert.Throws<KgException>(() => IngestCuesLoader.Load(path));
        Assert.That((error!.Code, error.File, error.Line), Is.EqualTo((ErrorCodes.ConfigInvalid, path, line)));
    }
}
