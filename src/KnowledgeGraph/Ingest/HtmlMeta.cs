using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>Reads article metadata from an HTML page's head (Open Graph, article:*, canonical link, author).</summary>
internal static class HtmlMeta
{
    public static ArticleMeta Of(IHtmlDocument page) => new()
    {
        Title = Content(page, "meta[property='og:title']") ?? NonEmpty(page.Title),
        Date = Date(Content(page, "meta[property='article:published_time']") ?? Content(page, "meta[name='date']")
            ?? Content(page, "meta[name='article:published_time']") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
        Outlet = Content(page, "meta[property='og:site_name']"),
        Url = NonEmpty(page.QuerySelector("link[rel='canonical']")?.GetAttribute("href")) ?? Content(page, "meta[property='og:url']"),
        Author = Content(page, "meta[name='author']") ?? Content(page, "meta[property='article:author']"),
    };

    private static string? Content(IHtmlDocument page, string selector) => NonEmpty(page.QuerySelector(selector)?.GetAttribute("content"));

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The yyyy-MM-dd (or shorter ISO) prefix of a date-time, or null when it is not ISO.</summary>
    private static string? Date(string? value)
    {
        if (value is null || value.Length < 4 || !char.IsAsciiDigit(value[0]))
        {
            return null;
        }

        int length = Math.Min(10, value.Length);
        return value[..length].TrimEnd('T', ' ');
    }
}
