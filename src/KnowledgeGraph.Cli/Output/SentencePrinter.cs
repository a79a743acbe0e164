using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Output;

/// <summary>The readable form of `kg extract`: "file:line  sentence" then one indented line per mention.</summary>
internal static class SentencePrinter
{
    public static void Write(TextWriter writer, Paragraph paragraph)
    {
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            writer.Write(paragraph.Location.ToString());
            writer.Write("  ");
            writer.WriteLine(paragraph.Text.AsSpan(sent.Start, sent.Length));
            foreach (Mention mention in paragraph.Mentions.Where(m => m.Sentence == s))
            {
                writer.WriteLine($"    [{mention.Start},{mention.End}) {paragraph.Text[mention.Start..mention.End]} → {mention.Entity.Name} ({mention.Entity.Type}, {mention.Kind.WireName()}, {mention.Confidence:0.##})");
            }

            foreach (Reference reference in paragraph.References.Where(r => r.Sentence == s))
            {
                writer.WriteLine($"    [{reference.Start},{reference.End}) {paragraph.Text[reference.Start..reference.End]} ⇒ {reference.Entity.Name} ({reference.Kind.WireName()}, {reference.Confidence:0.##})");
            }
        }
    }
}
