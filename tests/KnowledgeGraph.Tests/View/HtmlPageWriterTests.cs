using System.Text.RegularExpressions;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Query;
using KnowledgeGraph.Tests.Fixtures;
using KnowledgeGraph.View;

namespace KnowledgeGraph.Tests.View;

[TestFixture]
internal sealed partial class HtmlPageWriterTests
{
    private const string Template = "<title>{{title}}</title><style>{{style}}</style><script type=\"application/json\">{{data}}</script>{{libraries}}<script>{{script}}</script>";

    private static ViewModel Model => ViewModelBuilder.Build(GraphSnapshot.Load(SeedGraphFixture.Reader), new ViewOptions());

    [Test]
    public void Render_SeedFixture_EverythingInlineNothingReferenced()
    {
        var assets = new ViewAssets(Template, "body { color: red }", "draw();", [new ScriptLibrary("lib", "1.0.0", "lib/lib.js", "var lib = '</script>';")]);
        string page = HtmlPageWriter.Render(Model, assets);
        Assert.That(page, Does.Not.Contain("{{"));
        Assert.That(page, Does.Contain("<script data-package=\"lib@1.0.0\">"));
        Assert.That(page, Does.Contain("var lib = '<\\/script>';"));
        Assert.That(ScriptOrLinkWithSource().IsMatch(page), Is.False);

        // Exactly the scripts the page opens: data, one library, the page script.
        Assert.That(Regex.Matches(page, "</script>").Count, Is.EqualTo(3));
    }

    [Test]
    public void Render_DataWithMarkup_CannotCloseItsScript()
    {
        var assets = new ViewAssets(Template, "", "", []);
        ViewModel model = Model with { Title = "</script><b>x</b>" };
        string page = HtmlPageWriter.Render(model, assets);
        string data = page[(page.IndexOf("application/json\">", StringComparison.Ordinal) + 18)..page.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.That(data, Does.Not.Contain("<").And.Contain("\\u003C/script\\u003E"));
        Assert.That(page, Does.Contain("<title>&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;</title>"));
        using var doc = System.Text.Json.JsonDocument.Parse(data);
        Assert.That(doc.RootElement.GetProperty("title").GetString(), Is.EqualTo(model.Title));
        Assert.That(doc.RootElement.GetProperty("nodes").GetArrayLength(), Is.EqualTo(model.Nodes.Count));
    }

    [TestCase("<html>{{title}}{{style}}{{data}}{{libraries}}</html>", "{{script}}")]
    [TestCase("{{title}}{{style}}{{data}}{{libraries}}{{script}}{{data}}", "{{data}}")]
    public void Render_TemplateMarkerMissingOrTwice_Throws(string template, string marker)
    {
        var error = Assert.Throws<KgException>(() => HtmlPageWriter.Render(Model, new ViewAssets(template, "", "", [])))!;
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.ViewAssetInvalid));
        Assert.That(error.Message, Does.Contain(marker));
    }

    [GeneratedRegex("""<(?:script|link)\b[^>]*\b(?:src|href)\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrLinkWithSource();
}
