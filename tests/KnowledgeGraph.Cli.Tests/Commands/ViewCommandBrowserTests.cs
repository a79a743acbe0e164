using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Tests.Browser;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// `kg view` on the seed store, opened in headless Chromium: the page must draw every entity, load nothing from
/// outside, find an entity by an alias through its search box and show an edge's evidence when the edge is clicked.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
internal sealed partial class ViewCommandBrowserTests
{
    private static readonly TimeSpan LayoutTimeout = TimeSpan.FromSeconds(180);
    private Workspace workspace = null!;
    private HeadlessChromium browser = null!;
    private string page = "";
    private GraphSnapshot snapshot = null!;

    [OneTimeSetUp]
    public async Task BuildSeedStoreAndOpenItsPage()
    {
        BrowserRequirement.RequireLibrary();
        string chromium = BrowserRequirement.RequireChromium();
        workspace = new Workspace(Workspace.First, Workspace.Second);
        KgRun build = workspace.Kg("build");
        Assert.That(build.ExitCode, Is.Zero, build.Error);
        page = Path.Combine(workspace.Folder, "out", "seed.html");
        KgRun view = workspace.Kg("view", "--assets", BrowserRequirement.ViewFolder, "--out", page);
        Assert.That(view.ExitCode, Is.Zero, view.Error);
        using (GraphStore store = GraphStore.Open(workspace.StorePath, StoreMode.Read))
        {
            snapshot = GraphSnapshot.Load(store.Reader);
        }

        browser = await HeadlessChromium.StartAsync(chromium);
    }

    [OneTimeTearDown]
    public void CloseBrowser()
    {
        browser?.Dispose();
        workspace?.Dispose();
    }

    [SetUp]
    public async Task OpenPage()
    {
        await browser.NavigateAsync(new Uri(page).AbsoluteUri, LayoutTimeout);
        bool ready = await browser.WaitUntilAsync("window.kgView && (window.kgView.ready || window.kgView.error)", LayoutTimeout);
        Assert.That(ready, Is.True, "the page never finished its layout");
        Assert.That(await browser.EvaluateAsync("window.kgView.error"), Is.Null);
    }

    [Test]
    public void Page_SeedStore_NamesNoOutsideScriptOrStyle()
    {
        string html = File.ReadAllText(page);
        Assert.That(ExternalReference().Matches(html).Select(m => m.Value), Is.Empty);
        Assert.That(html, Does.Contain("data-package=\"cytoscape@"));
        Assert.That(browser.RequestedUrls(), Is.Not.Empty.And.All.StartsWith("file:").Or.StartsWith("data:"));
    }

    [Test]
    public async Task Page_SeedStore_DrawsEveryEntityOnScreen()
    {
        Assert.That(Number(await browser.EvaluateAsync("window.kgView.nodeCount")), Is.EqualTo(snapshot.Entities.Count));
        Assert.That(Number(await browser.EvaluateAsync("window.kgView.visibleNodes")), Is.EqualTo(snapshot.Entities.Count));
        int expectedEdges = snapshot.CoMentions.Count(c => !c.DemonymOnly) + snapshot.Claims.Count;
        Assert.That(Number(await browser.EvaluateAsync("window.kgView.edgeCount")), Is.EqualTo(expectedEdges));

        byte[] png = await browser.ScreenshotAsync();
        string shot = Path.Combine(workspace.Folder, "seed.png");
        await File.WriteAllBytesAsync(shot, png);
        TestContext.AddTestAttachment(shot, "the seed graph as drawn");
        PngImage image = PngImage.Decode(png);
        Assert.That((image.Width, image.Height), Is.EqualTo((HeadlessChromium.Width, HeadlessChromium.Height)));

        // Node fills are the colours of cypher/style.grass: count the pixels of the two commonest types.
        var counts = new Dictionary<int, int>();
        int inked = 0;
        for (int y = 60; y < image.Height; y += 2)
        {
            for (int x = 0; x < image.Width; x += 2)
            {
                int rgb = image.Rgb(x, y);
                counts[rgb] = counts.GetValueOrDefault(rgb) + 1;
                inked += rgb == 0xFFFFFF ? 0 : 1;
            }
        }

        Assert.That(counts.GetValueOrDefault(0xC990C0), Is.GreaterThan(300), "Country pink");
        Assert.That(counts.GetValueOrDefault(0x57C7E3), Is.GreaterThan(300), "Organisation blue");
        Assert.That(inked, Is.GreaterThan(image.Width * image.Height / 4 / 10), "a tenth of the screen drawn");
    }

    [Test]
    public async Task Search_Uygur_SelectsTheUyghursNode()
    {
        await browser.EvaluateAsync("document.getElementById('search-input').focus()");
        await browser.TypeAndEnterAsync("Uygur");
        Assert.That(await browser.WaitUntilAsync("window.kgView.search", TimeSpan.FromSeconds(10)), Is.True);
        Assert.That((string?)await browser.EvaluateAsync("window.kgView.search.id"), Is.EqualTo("uyghurs"));
        Assert.That((string?)await browser.EvaluateAsync("window.kgView.selected.id"), Is.EqualTo("uyghurs"));
        Assert.That(await browser.EvaluateAsync("window.kgView.cy.getElementById('uyghurs').selected()") is JsonValue selected && selected.GetValue<bool>());
        Assert.That((string?)await browser.EvaluateAsync("document.querySelector('#panel h2').textContent"), Is.EqualTo("Uyghurs"));
        Assert.That((string?)await browser.EvaluateAsync("document.getElementById('panel').textContent"), Does.Contain("Uygur").And.Contain("Group"));
    }

    [Test]
    public async Task ClickEdge_ClaimEdge_PanelShowsItsEvidenceWithFileAndLine()
    {
        // The claim edge whose midpoint lies farthest from any node, so the click cannot land on a node; an edge with a
        // parallel edge (a co-mention edge between the same two entities) is left out, as a click there is ambiguous.
        JsonArray candidates = (await browser.EvaluateAsync("""
            (() => {
              const cy = window.kgView.cy, box = document.getElementById('cy').getBoundingClientRect();
              const nodes = cy.nodes(':visible').map(n => ({ p: n.renderedPosition(), r: n.renderedWidth() / 2 }));
              return cy.edges('[kind = "claim"]:visible').filter(e => e.parallelEdges(':visible').length === 1).map(e => {
                const m = e.renderedMidpoint();
                const clear = Math.min(...nodes.map(n => Math.hypot(n.p.x - m.x, n.p.y - m.y) - n.r));
                return { id: e.id(), x: box.left + m.x, y: box.top + m.y, clear: clear,
                         inside: m.x > 5 && m.y > 5 && m.x < box.width - 5 && m.y < box.height - 5 };
              }).filter(c => c.inside).sort((a, b) => b.clear - a.clear);
            })()
            """))!.AsArray();
        Assert.That(candidates, Is.Not.Empty, "no claim edge on screen");
        JsonNode target = candidates[0]!;
        await browser.ClickAsync(Number(target["x"]), Number(target["y"]));

        Assert.That(await browser.WaitUntilAsync("window.kgView.selected", TimeSpan.FromSeconds(10)), Is.True, "the click selected nothing");
        Assert.That((string?)await browser.EvaluateAsync("window.kgView.selected.kind"), Is.EqualTo("edge"));
        Assert.That((string?)await browser.EvaluateAsync("window.kgView.selected.id"), Is.EqualTo((string?)target["id"]));
        JsonArray evidence = (await browser.EvaluateAsync(
            "[...document.querySelectorAll('#evidence li')].map(li => ({ where: li.querySelector('.where').textContent, text: li.lastChild.textContent }))"))!.AsArray();
        Assert.That(evidence, Is.Not.Empty);
        foreach (JsonNode? item in evidence)
        {
            // "seeds/000_….txt:119": the quoted sentence is on that line of that file.
            Match where = FileAndLine().Match((string)item!["where"]!);
            Assert.That(where.Success, Is.True, (string?)item["where"]);
            string[] lines = File.ReadAllLines(Path.Combine(workspace.Folder, where.Groups[1].Value));
            string line = lines[int.Parse(where.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.That(Normalise(line), Does.Contain(Normalise((string)item["text"]!)));
        }
    }

    [Test]
    public async Task Focus_TwoHopsAroundUyghurs_ShowsTheSameNodesAsTheGraphModule()
    {
        await browser.EvaluateAsync("document.getElementById('search-input').focus()");
        await browser.TypeAndEnterAsync("Uyghurs");
        Assert.That(await browser.WaitUntilAsync("document.getElementById('focus-button')", TimeSpan.FromSeconds(10)), Is.True);
        await browser.EvaluateAsync("document.getElementById('focus-button').click()");
        Assert.That(await browser.WaitUntilAsync("window.kgView.focus", TimeSpan.FromSeconds(60)), Is.True);
        WeightedGraph graph = snapshot.Graph;
        int expected = Neighbourhood.Within(graph, graph.IndexOf("uyghurs"), 2).Count;
        Assert.That(Number(await browser.EvaluateAsync("window.kgView.visibleNodes")), Is.EqualTo(expected));
        Assert.That(expected, Is.LessThan(snapshot.Entities.Count));
    }

    private static double Number(JsonNode? node) => node!.GetValue<double>();

    // The store keeps the original line; the page shows the sentence as stored. Compare modulo whitespace runs.
    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    // A script, style sheet, image or frame fetched by URL, or a CSS import or url() of a remote file.
    [GeneratedRegex("""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=|@import|url\(\s*['"]?(?:https?:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"^(.+):(\d+)")]
    private static partial Regex FileAndLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
