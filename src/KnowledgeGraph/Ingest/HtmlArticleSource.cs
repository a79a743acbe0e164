using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using Document = KnowledgeGraph.Model.Document;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// One article per HTML page, parsed with AngleSharp. Article text only: the first &lt;article&gt;, else &lt;main&gt;,
/// else &lt;body&gt;, minus script, style, nav, header, footer, aside, form and noscript. Paragraphs are the innermost
/// p, h1–h6, li, blockquote and figcaption elements, their text with whitespace runs collapsed to one space; h1 is
/// Title, figcaption Caption, the rest Body. A paragraph's "line" is the 1-based source line of its element's start
/// tag in the HTML file (AngleSharp keeps source references). Metadata: og:title or &lt;title&gt;,
/// article:published_time or date meta, og:site_name, canonical link or og:url, author meta.
/// A page without any paragraph gives KG1011 and is skipped.
/// </summary>
internal sealed class HtmlArticleSource(string path, IngestOptions options) : IArticleSource
{
    private const string Paragraphs = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption";
    private const string Furniture = "script, style, nav, header, footer, aside, form, noscript, template";

    public string Name => path;

    public IEnumerable<Document> Read(DiagnosticBag diagnostics)
    {
        if (!FileValidator.Check(path, options, diagnostics))
        {
            yield break;
        }

        string? html = ReadAll(diagnostics);
        if (html is null)
        {
            yield break;
        }

        using IHtmlDocument page = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        List<LabelledLine> lines = Extract(page);
        if (lines.Count == 0)
        {
            diagnostics.Warn(ErrorCodes.HtmlNoText, "Page has no article text (no p, h1-h6, li, blockquote or figcaption); skipped.", path);
            yield break;
        }

        yield return DocumentFactory.Create(path, lines, HtmlMeta.Of(page));
    }

    private string? ReadAll(DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warn(ErrorCodes.FileUnreadable, $"File cannot be read ({e.Message}); skipped.", path);
            return null;
        }
    }

    private static List<LabelledLine> Extract(IHtmlDocument page)
    {
        IElement? root = page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        List<LabelledLine> lines = [];
        if (root is null)
        {
            return lines;
        }

        foreach (IElement furniture in root.QuerySelectorAll(Furniture).ToList())
        {
            furniture.Remove();
        }

        int ordinal = 0;
        foreach (IElement element in root.QuerySelectorAll(Paragraphs))
        {
            ordinal++;
            string text = Collapse(element.TextContent);
            if (text.Length == 0 || element.QuerySelector(Paragraphs) is not null)
            {
                continue;
            }

            int line = element.SourceReference?.Position.Line ?? ordinal;
            lines.Add(new LabelledLine(new SourceLine(text, line), RoleOf(element)));
        }

        return lines;
    }

    private static LineRole RoleOf(IElement element) => element.LocalName switch
    {
        "h1" => LineRole.Title,
        "figcaption" => LineRole.Caption,
        _ => LineRole.Body,
    };

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
