using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// JSON Lines: one article per line, an object with string fields title, date, url, outlet, author and text.
/// The title is the Title paragraph; text is split at newlines into Body paragraphs (blank ones dropped). Every
/// paragraph's location is the JSONL line. A line that is not a JSON object, or has neither title nor text, gives
/// one KG1009 warning naming file:line and the rest of the file goes on.
/// </summary>
internal sealed class JsonlArticleSource(string path, IngestOptions options) : IArticleSource
{
    public string Name => path;

    public IEnumerable<Document> Read(DiagnosticBag diagnostics)
    {
        if (!FileValidator.Check(path, options, diagnostics))
        {
            yield break;
        }

        foreach (SourceLine line in LineSource.Read(path, diagnostics))
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (Parse(line, diagnostics) is { } doc)
            {
                yield return doc;
            }
        }
    }

    private Document? Parse(SourceLine line, DiagnosticBag diagnostics)
    {
        JsonArticle? article = JsonArticle.Parse(line.Text, out string? error);
        if (article is null)
        {
            diagnostics.Warn(ErrorCodes.JsonlBadLine, $"Line is not a JSON article ({error}); skipped.", path, line.Number);
            return null;
        }

        List<LabelledLine> lines = [];
        if (article.Title is { } title && !string.IsNullOrWhiteSpace(title))
        {
            lines.Add(new LabelledLine(new SourceLine(title, line.Number), LineRole.Title));
        }

        foreach (string paragraph in (article.Text ?? "").Split('\n'))
        {
            string text = paragraph.TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new LabelledLine(new SourceLine(text, line.Number), LineRole.Body));
            }
        }

        if (lines.Count == 0)
        {
            diagnostics.Warn(ErrorCodes.JsonlBadLine, "Line has neither title nor text; skipped.", path, line.Number);
            return null;
        }

        ArticleMeta meta = new() { Title = article.Title, Date = article.Date, Url = article.Url, Outlet = article.Outlet, Author = article.Author };
        return DocumentFactory.Create(path, lines, meta);
    }
}
