using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>A benchmark stage standing for a consumer of the parse: parses every sentence that names two or more entities.</summary>
internal sealed class MentionSentenceParser : IDocumentStage
{
    public string Name => "parse 2+ mentions";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Syntax is null)
            {
                continue;
            }

            var counts = new int[paragraph.Sentences.Length];
            foreach (Mention mention in paragraph.Mentions)
            {
                counts[mention.Sentence]++;
            }

            for (int s = 0; s < counts.Length; s++)
            {
                if (counts[s] >= 2)
                {
                    paragraph.Syntax.EnsureParsed(s);
                }
            }
        }
    }
}
