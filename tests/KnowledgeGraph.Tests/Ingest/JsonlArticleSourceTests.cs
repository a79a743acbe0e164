using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class JsonlArticleSourceTests
{
    [Test]
    public void Read_GoodLine_GivesTitleAndBodyParagraphsAllAtTheJsonlLine()
    {
        const string line = """{"title":"Afghanistan shows the limits of China’s Belt and Road","date":"2022-08-15","url":"https://example.org/a","outlet":"Nikkei Asia","author":"Raffaello Pantucci","text":"Yet all of this positive engagement has not advanced the goals Beijing actually wants to achieve.\r\n\r\nChina remains as obsessed with Washington as ever.\n"}""";
        List<Document> docs = Read("\n" + line + "\n", out DiagnosticBag diagnostics);
        Document doc = docs.Single();
        Assert.That(doc.Paragraphs.Select(p => (p.Text, p.Role, p.Index, p.Location.Line)), Is.EqualTo(new[]
        {
            ("Afghanistan shows the limits of China’s Belt and Road", LineRole.Title, 0, 2),
            ("Yet all of this positive engagement has not advanced the goals Beijing actually wants to achieve.", LineRole.Body, 1, 2),
            ("China remains as obsessed with Washington as ever.", LineRole.Body, 2, 2),
        }));
        Assert.That(doc.Meta, Is.EqualTo(new ArticleMeta { Title = "Afghanistan shows the limits of China’s Belt and Road", Date = "2022-08-15", Url = "https://example.org/a", Outlet = "Nikkei Asia", Author = "Raffaello Pantucci" }));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [TestCase("{not json")]
    [TestCase("[1, 2]")]
    [TestCase("""{"title": 7, "text": "Kabul"}""")]
    [TestCase("""{"date": "2022"}""")]
    public void Read_BadLineBetweenGoodOnes_WarnsNamingFileAndLineAndGoesOn(string bad)
    {
        const string good = """{"title":"Gwadar","text":"CPEC runs to Gwadar."}""";
        List<Document> docs = Read(good + "\n" + bad + "\n" + good.Replace("Gwadar", "Kabul", StringComparison.Ordinal) + "\n", out DiagnosticBag diagnostics);
        Assert.That(docs.Select(d => d.Title), Is.EqualTo(new[] { "Gwadar", "Kabul" }));
        Diagnostic warning = diagnostics.Items.Single();
        Assert.That((warning.Code, warning.Line), Is.EqualTo((ErrorCodes.JsonlBadLine, 2)));
        Assert.That(warning.File, Does.EndWith("a.jsonl"));
    }

    private static List<Document> Read(string text, out DiagnosticBag diagnostics)
    {
        using TempFolder temp = new();
        string path = temp.Write("a.jsonl", text);
        diagnostics = new DiagnosticBag();
        return new JsonlArticleSource(path, new IngestOptions()).Read(diagnostics).ToList();
    }
}
