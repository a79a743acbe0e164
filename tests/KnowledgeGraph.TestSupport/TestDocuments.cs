using KnowledgeGraph.Model;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// The one document builder of the tests: documents made by hand the way ingest makes them (content-hash ids,
/// paragraphs with their role, index and file:line), for stages to annotate in place.
/// </summary>
internal static class TestDocuments
{
    /// <summary>A document whose paragraphs are <paramref name="lines"/>, body text read from test.txt lines 1, 2, ….</summary>
    public static Document Lines(params string[] lines) => Of(lines.Select(l => (l, LineRole.Body)).ToArray());

    /// <summary>A document of the given paragraphs (text and role), read from test.txt lines 1, 2, ….</summary>
    public static Document Of(params (string Text, LineRole Role)[] paragraphs)
    {
        var doc = new Document { Id = ContentHash.OfLines(paragraphs.Select(p => p.Text).ToList()) };
        for (int i = 0; i < paragraphs.Length; i++)
        {
            doc.Paragraphs.Add(Paragraph(paragraphs[i].Text, paragraphs[i].Role, i, "test.txt", i + 1));
        }

        return doc;
    }

    /// <summary>A document holding <paramref name="paragraphs"/> as they are (already annotated ones included), with <paramref name="meta"/>.</summary>
    public static Document WithParagraphs(string id, ArticleMeta? meta, params Paragraph[] paragraphs)
    {
        var doc = new Document { Id = id, Meta = meta ?? new ArticleMeta() };
        doc.Paragraphs.AddRange(paragraphs);
        return doc;
    }

    /// <summary>An article as a blog dump holds it: a title line at file:line, then body lines, one blank line between.</summary>
    public static Document Article(string file, int line, string title, params string[] body) => Article(file, line, title, null, body);

    /// <summary>As <see cref="Article(string, int, string, string[])"/>, dated <paramref name="date"/>.</summary>
    public static Document Article(string file, int line, string title, string? date, params string[] body)
    {
        var doc = new Document { Id = ContentHash.OfLines([title, .. body]), Meta = new ArticleMeta { Date = date } };
        doc.Locations.Add(new SourceLocation(file, line));
        doc.Paragraphs.Add(Paragraph(title, LineRole.Title, 0, file, line));
        for (int i = 0; i < body.Length; i++)
        {
            doc.Paragraphs.Add(Paragraph(body[i], LineRole.Body, i + 1, file, line + (2 * (i + 1))));
        }

        return doc;
    }

    /// <summary>One paragraph read at file:line.</summary>
    public static Paragraph Paragraph(string text, LineRole role, int index, string file, int line)
    {
        var paragraph = new Paragraph { Text = text, Role = role, Index = index };
        paragraph.Locations.Add(new SourceLocation(file, line));
        return paragraph;
    }

    /// <summary>A fresh copy (documents are annotated in place, so every build needs its own).</summary>
    public static Document Copy(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var copy = new Document { Id = doc.Id, Meta = doc.Meta, IsRepeat = doc.IsRepeat };
        copy.Locations.AddRange(doc.Locations);
        foreach (Paragraph p in doc.Paragraphs)
        {
            var paragraph = new Paragraph { Text = p.Text, Role = p.Role, Index = p.Index, IsRepeat = p.IsRepeat };
            paragraph.Locations.AddRange(p.Locations);
            copy.Paragraphs.Add(paragraph);
        }

        return copy;
    }
}
