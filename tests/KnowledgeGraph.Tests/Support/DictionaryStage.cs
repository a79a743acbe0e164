using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// A small stand-in for the real Text/Recognise/Claims stages: splits sentences after ". ", marks whole-word
/// dictionary matches as mentions and asserts INVESTS_IN when a sentence with "invest" names two countries.
/// </summary>
internal sealed class DictionaryStage(IReadOnlyList<(string Surface, Entity Entity, MentionKind Kind)> entries) : IDocumentStage
{
    public string Name => "dictionary";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (!paragraph.Role.FeedsExtraction() || paragraph.IsRepeat)
            {
                continue;
            }

            paragraph.Sentences = Split(paragraph.Text);
            foreach ((string surface, Entity entity, MentionKind kind) in entries)
            {
                for (int at = paragraph.Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = paragraph.Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                {
                    int end = at + surface.Length;
                    if ((at > 0 && char.IsLetter(paragraph.Text[at - 1])) || (end < paragraph.Text.Length && char.IsLetter(paragraph.Text[end])))
                    {
                        continue;
                    }

                    int sentence = Array.FindIndex(paragraph.Sentences, s => s.Start <= at && at < s.End);
                    paragraph.Mentions.Add(new Mention { Start = at, End = end, TokenStart = 0, TokenEnd = 0, Sentence = sentence, Entity = entity, Kind = kind });
                }
            }

            AddClaims(paragraph);
        }
    }

    private static void AddClaims(Paragraph paragraph)
    {
        for (int i = 0; i < paragraph.Sentences.Length; i++)
        {
            Sentence sent = paragraph.Sentences[i];
            var countries = paragraph.Mentions.Where(m => m.Sentence == i && m.Entity.Type == EntityType.Country).OrderBy(m => m.Start).Select(m => m.Entity).DistinctBy(e => e.Id).ToList();
            int trigger = paragraph.Text.IndexOf("invest", sent.Start, sent.Length, StringComparison.Ordinal);
            if (countries.Count >= 2 && trigger >= 0)
            {
                paragraph.Claims.Add(new Claim
                {
                    Subject = countries[0], Predicate = "INVESTS_IN", PredicateClass = "material_cooperation", Object = countries[1],
                    Trigger = "invest", Sentence = i, Start = sent.Start, End = sent.End, Confidence = 0.8f,
                });
            }
        }
    }

    private static Sentence[] Split(string text)
    {
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                sentences.Add(new Sentence(start, i + 1, 0, 0));
                start = i + 2;
            }
        }

        if (start < text.Length)
        {
            sentences.Add(new Sentence(start, text.Length, 0, 0));
        }

        return [.. sentences];
    }
}
