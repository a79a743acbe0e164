using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The seed articles as labelled lines, and fresh documents made from them again and again (streamed, never held).</summary>
internal sealed class SeedCorpus
{
    private readonly List<(LineRole Role, string Text)[]> articles = [];

    public SeedCorpus(string root)
    {
        foreach (Document doc in new CorpusReader().Read([Path.Combine(root, "seeds")], new DiagnosticBag()))
        {
            if (!doc.IsRepeat)
            {
                articles.Add(doc.Paragraphs.Select(p => (p.Role, p.Text)).ToArray());
                Words += doc.Paragraphs.Sum(p => CountWords(p.Text));
            }
        }
    }

    /// <summary>Words in one pass over the distinct seed articles.</summary>
    public long Words { get; }

    /// <summary>New documents repeating the seed articles <paramref name="passes"/> times (each a fresh object graph).</summary>
    public IEnumerable<Document> Repeat(int passes)
    {
        for (int pass = 0; pass < passes; pass++)
        {
            for (int a = 0; a < articles.Count; a++)
            {
                var doc = new Document { Id = $"{pass:x4}{a:x4}" };
                (LineRole role, string text)[] lines = articles[a];
                for (int i = 0; i < lines.Length; i++)
                {
                    var paragraph = new Paragraph { Text = lines[i].text, Role = lines[i].role, Index = i };
                    paragraph.Locations.Add(new SourceLocation("bench", i + 1));
                    doc.Paragraphs.Add(paragraph);
                }

                yield return doc;
            }
        }
    }

    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
