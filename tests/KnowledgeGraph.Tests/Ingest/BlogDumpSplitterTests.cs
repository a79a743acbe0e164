using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class BlogDumpSplitterTests
{
    private const string IntroA = "A new piece for the South China Morning Post this time exploring the fact that all of the prognostications have not come to pass.";
    private const string TitleA = "China won’t be filling the void left by the US in Afghanistan any time soon";
    private const string IntroB = "A short piece for the Financial Times looking forwards on how terrorism might evolve and melt into the wider conflict.";
    private const string TitleB = "Terrorism fused with great power conflict may be the west’s next challenge";
    private const string Body = "So much for the narratives of China filling the void.";

    private static readonly BlogDumpSplitter Splitter = new(new LineClassifier(IngestCues.Default));

    [Test]
    public void Split_TwoIntros_TwoArticlesStartingAtEachIntro()
    {
        List<ArticleDraft> drafts = Splitter.Split(Lines(IntroA, "", TitleA, "", Body, "", IntroB, "", TitleB, "", Body)).ToList();
        Assert.That(drafts.Select(d => (d.HasIntro, d.Lines[0].Number, d.Lines.Count)), Is.EqualTo(new[] { (true, 1, 3), (true, 7, 3) }));
    }

    [Test]
    public void Split_FurnitureBeforeFirstIntro_IsCarriedIntoTheFirstArticle()
    {
        List<ArticleDraft> drafts = Splitter.Split(Lines("Posts Tagged ‘China’", "", IntroA, "", TitleA, "", Body)).ToList();
        ArticleDraft draft = drafts.Single();
        Assert.That((draft.HasIntro, draft.LeadingBoilerplate, draft.Lines.Count), Is.EqualTo((true, 1, 4)));
    }

    [Test]
    public void Split_TextBeforeFirstIntro_IsAnArticleOfItsOwn()
    {
        List<ArticleDraft> drafts = Splitter.Split(Lines(TitleB, "", Body, "", IntroA, "", TitleA, "", Body)).ToList();
        Assert.That(drafts.Select(d => (d.HasIntro, d.Lines.Count)), Is.EqualTo(new[] { (false, 2), (true, 3) }));
    }

    [Test]
    public void Split_NoIntro_OneArticle()
    {
        Assert.That(Splitter.Split(Lines(TitleA, "", Body, "", Body)).Single().Lines, Has.Count.EqualTo(3));
    }

    [Test]
    public void Split_Streams_YieldsAnArticleBeforeReadingFarPastTheNextIntro()
    {
        List<SourceLine> pulled = [];
        IEnumerable<SourceLine> Source()
        {
            foreach (SourceLine line in Lines(IntroA, TitleA, Body, IntroB, TitleB, Body, Body, Body))
            {
                pulled.Add(line);
                yield return line;
            }
        }

        using IEnumerator<ArticleDraft> drafts = Splitter.Split(Source()).GetEnumerator();
        Assert.That(drafts.MoveNext(), Is.True);
        Assert.That(pulled, Has.Count.EqualTo(5));
    }

    private static IEnumerable<SourceLine> Lines(params string[] texts) => texts.Select((text, i) => new SourceLine(text, i + 1));
}
