using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class RepeatTrackerTests
{
    private const string Title = "China’s growing clout in Central Asia";
    private const string Body = "But Beijing has not chosen to do much with its growing clout.";

    [Test]
    public void Mark_SameArticleTwice_SecondIsRepeatWithAllParagraphs()
    {
        RepeatTracker tracker = new();
        Document first = Build("a.txt", Title, Body);
        Document second = Build("b.txt", Title, Body);
        tracker.Mark(first);
        tracker.Mark(second);
        Assert.That((first.IsRepeat, second.IsRepeat), Is.EqualTo((false, true)));
        Assert.That(first.Paragraphs.Select(p => p.IsRepeat), Is.EqualTo(new[] { false, false }));
        Assert.That(second.Paragraphs.Select(p => p.IsRepeat), Is.EqualTo(new[] { true, true }));
        Assert.That(second.Locations.Single().File, Is.EqualTo("b.txt"));
    }

    [Test]
    public void Mark_ParagraphTwiceInOneArticle_OnlyTheSecondIsRepeat()
    {
        RepeatTracker tracker = new();
        Document doc = Build("a.txt", Title, Body, Body);
        tracker.Mark(doc);
        Assert.That((doc.IsRepeat, doc.Paragraphs.Select(p => p.IsRepeat).ToArray()), Is.EqualTo((false, new[] { false, false, true })));
    }

    [Test]
    public void Mark_SharedParagraphInADifferentArticle_MarksOnlyTheParagraph()
    {
        RepeatTracker tracker = new();
        Document first = Build("a.txt", Title, Body);
        Document other = Build("a.txt", "Afghanistan shows the limits of China’s Belt and Road", Body);
        tracker.Mark(first);
        tracker.Mark(other);
        Assert.That((other.IsRepeat, other.Paragraphs[0].IsRepeat, other.Paragraphs[1].IsRepeat), Is.EqualTo((false, false, true)));
    }

    private static Document Build(string file, string title, params string[] body)
    {
        List<LabelledLine> lines = [new(new SourceLine(title, 1), LineRole.Title)];
        lines.AddRange(body.Select((text, i) => new LabelledLine(new SourceLine(text, i + 3), LineRole.Body)));
        return DocumentFactory.Create(file, lines, ArticleMeta.Empty);
    }
}
