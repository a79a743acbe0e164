using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Builds documents by hand the way ingest would: a title line, then body lines, one blank line between.</summary>
internal static class TestDocs
{
    public static Document Article(string file, int line, string title, params string[] body) => Article(file, line, title, null, body);

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

    public static Paragraph Paragraph(string text, LineRole role, int index, string file, int line)
    {
        var paragraph = new Paragraph { Text = text, Role = role, Index = index };
        paragraph.Locations.Add(new SourceLocation(file, line));
        return paragraph;
    }

    /// <summary>A fresh copy (documents are annotated in place, so every build needs its own).</summary>
    public static Document Copy(Document doc)
    {
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
