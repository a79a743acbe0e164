using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Builds a <see cref="Document"/> from labelled lines: one paragraph per line (the original text), located at
/// [file, line]; the document's location is its first line; its id hashes its Title and Body lines in order.
/// </summary>
internal static class DocumentFactory
{
    public static Document Create(string file, IReadOnlyList<LabelledLine> lines, ArticleMeta meta)
    {
        Document doc = new()
        {
            Id = ContentHash.OfLines(lines.Where(l => l.Role.FeedsExtraction()).Select(l => l.Line.Text)),
            Meta = meta,
        };
        for (int i = 0; i < lines.Count; i++)
        {
            Paragraph paragraph = new() { Text = lines[i].Line.Text, Role = lines[i].Role, Index = i };
            paragraph.Locations.Add(new SourceLocation(file, lines[i].Line.Number));
            doc.Paragraphs.Add(paragraph);
        }

        if (lines.Count > 0)
        {
            doc.Locations.Add(new SourceLocation(file, lines[0].Line.Number));
        }

        return doc;
    }
}
