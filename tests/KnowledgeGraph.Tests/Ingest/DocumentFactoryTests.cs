using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class DocumentFactoryTests
{
    private const string Title = "China won’t be filling the void left by the US in Afghanistan any time soon";
    private const string Body = "So much for the narratives of China filling the void.";

    [Test]
    public void Create_Lines_IdHashesTitleAndBodyLinesInOrder()
    {
        Document doc = DocumentFactory.Create("a.txt", Lines("A new piece for the South China Morning Post.", "Photo: AFP"), ArticleMeta.Empty);
        Assert.That(doc.Id, Is.EqualTo(ContentHash.OfLines([Title, Body])));
    }

    [Test]
    public void Create_DifferentIntroAndCaption_SameId()
    {
        Document a = DocumentFactory.Create("a.txt", Lines("A new piece for the South China Morning Post.", "Photo: AFP"), ArticleMeta.Empty);
        Document b = DocumentFactory.Create("b.txt", Lines("Longer piece in The Diplomat.", "© Reuters"), ArticleMeta.Empty);
        Assert.That(b.Id, Is.EqualTo(a.Id));
    }

    [Test]
    public void Create_Lines_EachParagraphKeepsTextRoleIndexAndLocation()
    {
        Document doc = DocumentFactory.Create("seeds/a.txt", Lines("A new piece for the South China Morning Post.", "Photo: AFP"), ArticleMeta.Empty);
        Assert.That(doc.Paragraphs.Select(p => (p.Index, p.Role, p.Location.ToString())), Is.EqualTo(new[]
        {
            (0, LineRole.Intro, "seeds/a.txt:3"),
            (1, LineRole.Title, "seeds/a.txt:5"),
            (2, LineRole.Caption, "seeds/a.txt:7"),
            (3, LineRole.Body, "seeds/a.txt:9"),
        }));
        Assert.That(doc.Locations, Is.EqualTo(new[] { new SourceLocation("seeds/a.txt", 3) }));
    }

    private static List<LabelledLine> Lines(string intro, string caption) =>
    [
        new(new SourceLine(intro, 3), LineRole.Intro),
        new(new SourceLine(Title, 5), LineRole.Title),
        new(new SourceLine(caption, 7), LineRole.Caption),
        new(new SourceLine(Body, 9), LineRole.Body),
    ];
}
