using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class FrontMatterReaderTests
{
    [Test]
    public void Read_ValidFrontMatter_ConsumesItAndReturnsMeta()
    {
        using IEnumerator<SourceLine> lines = Lines("---", "title: Inheriting the Storm", "url: https://example.org/storm", "tags: [china]", "---", "Body").GetEnumerator();
        ArticleMeta? meta = FrontMatterReader.Read(lines, "a.md", new DiagnosticBag(), out List<SourceLine> unread);
        Assert.That(meta, Is.EqualTo(new ArticleMeta { Title = "Inheriting the Storm", Url = "https://example.org/storm" }));
        Assert.That(unread, Is.Empty);
        Assert.That(lines.MoveNext() && lines.Current.Text == "Body", Is.True);
    }

    [Test]
    public void Read_NoFrontMatter_ReturnsNullAndGivesBackTheFirstLine()
    {
        using IEnumerator<SourceLine> lines = Lines("China’s growing clout in Central Asia", "Body").GetEnumerator();
        DiagnosticBag diagnostics = new();
        Assert.That(FrontMatterReader.Read(lines, "a.md", diagnostics, out List<SourceLine> unread), Is.Null);
        Assert.That(unread.Select(l => l.Number), Is.EqualTo(new[] { 1 }));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [TestCase(new[] { "---", "title: Kabul", "Body never closed" }, 1)]
    [TestCase(new[] { "---", "- just", "- a list", "---" }, 1)]
    [TestCase(new[] { "---", "title: Kabul", "  bad: indent: here", "---" }, 3)]
    public void Read_Malformed_WarnsWithLineAndGivesBackEveryLine(string[] texts, int line)
    {
        using IEnumerator<SourceLine> lines = Lines(texts).GetEnumerator();
        DiagnosticBag diagnostics = new();
        Assert.That(FrontMatterReader.Read(lines, "a.md", diagnostics, out List<SourceLine> unread), Is.Null);
        Assert.That(unread.Select(l => l.Text), Is.EqualTo(texts));
        Diagnostic warning = diagnostics.Items.Single();
        Assert.That((warning.Code, warning.File, warning.Line), Is.EqualTo((ErrorCodes.FrontMatterInvalid, "a.md", line)));
    }

    private static IEnumerable<SourceLine> Lines(params string[] texts) => texts.Select((text, i) => new SourceLine(text, i + 1));
}
