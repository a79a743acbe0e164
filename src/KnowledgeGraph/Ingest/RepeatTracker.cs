using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Marks repeats within one run. A document whose id was already read is marked <see cref="Document.IsRepeat"/>
/// (it keeps its own locations, so the store records both places and counts the article once). A paragraph whose
/// exact text was already read, in another article or earlier in the same one, is marked
/// <see cref="Paragraph.IsRepeat"/>. Holds two sets of 8-byte ids, never text.
/// </summary>
internal sealed class RepeatTracker
{
    private readonly HashSet<ulong> documents = [];
    private readonly HashSet<ulong> paragraphs = [];

    public void Mark(Document doc)
    {
        doc.IsRepeat = !documents.Add(Parse(doc.Id));
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            paragraph.IsRepeat = !paragraphs.Add(Parse(paragraph.Id));
        }
    }

    private static ulong Parse(string id) => ulong.Parse(id, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
