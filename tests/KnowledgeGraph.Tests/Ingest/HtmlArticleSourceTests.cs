using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

[TestFixture]
internal sealed class HtmlArticleSourceTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
        <title>Site | China's growing clout</title>
        <meta property="og:title" content="China’s growing clout in Central Asia">
        <meta property="article:published_time" content="2022-09-20T08:00:00+08:00">
        <meta property="og:site_name" content="The Straits Times">
        <meta name="author" content="Raffaello Pantucci">
        <link rel="canonical" href="https://example.org/clout">
        <script>var x = "<p>not text</p>";</script>
        </head><body>
        <nav><p>Home | World</p></nav>
        <p>Outside the article.</p>
        <article>
        <header><p>Share this</p></header>
        <h1>China’s growing clout in Central Asia</h1>
        <figure><img src="a.jpg"><figcaption>A broadcast of the meeting. PHOTO: REUTERS</figcaption></figure>
        <p>But Beijing has not chosen to do much   with its
        growing clout.</p>
        <ul><li>Going forward, evading that responsibility might no longer be possible.</li></ul>
        <aside><p>Read more</p></aside>
        <blockquote><p>A vacuum is developing.</p></blockquote>
        </article>
        <footer><p>© The Straits Times</p></footer>
        </body></html>
        """;

    [Test]
    public void Read_Page_TakesArticleParagraphsOnlyWithRolesAndSourceLines()
    {
        Document doc = ReadOne(Page, out DiagnosticBag diagnostics);
        Assert.That(doc.Paragraphs.Select(p => (p.Text, p.Role, p.Location.Line)), Is.EqualTo(new[]
        {
            ("China’s growing clout in Central Asia", LineRole.Title, 15),
            ("A broadcast of the meeting. PHOTO: REUTERS", LineRole.Caption, 16),
            ("But Beijing has not chosen to do much with its growing clout.", LineRole.Body, 17),
            ("Going forward, evading that responsibility might no longer be possible.", LineRole.Body, 19),
            ("A vacuum is developing.", LineRole.Body, 21),
        }));
        Assert.That(doc.Locations.Single().Line, Is.EqualTo(15));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Read_Page_TakesMetadataFromHead()
    {
        Document doc = ReadOne(Page, out _);
        Assert.That(doc.Meta, Is.EqualTo(new ArticleMeta
        {
            Title = "China’s growing clout in Central Asia",
            Date = "2022-09-20",
            Url = "https://example.org/clout",
            Outlet = "The Straits Times",
            Author = "Raffaello Pantucci",
        }));
    }

    [Test]
    public void Read_NoArticleOrMain_FallsBackToBodyMinusFurniture()
    {
        Document doc = ReadOne("<html><head><title>Kabul</title></head><body><header><h1>Site</h1></header><p>China has delivered very little.</p><footer><p>Contact</p></footer></body></html>", out _);
        Assert.That(doc.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "China has delivered very little." }));
        Assert.That(doc.Meta.Title, Is.EqualTo("Kabul"));
    }

    [Test]
    public void Read_MainWithoutArticle_UsesMain()
    {
        Document doc = ReadOne("<body><p>Menu</p><main><p>Kabul hiked up the price of coal.</p></main></body>", out _);
        Assert.That(doc.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Kabul hiked up the price of coal." }));
    }

    [Test]
    public void Read_PageWithoutText_WarnsNoTextAndYieldsNothing()
    {
        using TempFolder temp = new();
        string path = temp.Write("a.html", "<html><body><div>   </div><script>1</script></body></html>");
        DiagnosticBag diagnostics = new();
        Assert.That(new HtmlArticleSource(path, new IngestOptions()).Read(diagnostics), Is.Empty);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.File)), Is.EqualTo(new[] { (ErrorCodes.HtmlNoText, path) }));
    }

    private static Document ReadOne(string html, out DiagnosticBag diagnostics)
    {
        using TempFolder temp = new();
        string path = temp.Write("a.html", html);
        diagnostics = new DiagnosticBag();
        return new HtmlArticleSource(path, new IngestOptions()).Read(diagnostics).Single();
    }
}
