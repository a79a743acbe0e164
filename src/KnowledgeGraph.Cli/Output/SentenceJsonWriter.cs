using System.Buffers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Writes one JSON object per sentence (the `kg extract --jsonl` contract): doc, line, sentence, start, role,
/// article, mentions [{text, start, end, entity, name, type, kind, confidence}], references [{text, start, end,
/// kind, entity, name, type, confidence, sure, antecedent {text, line, start, end, entity}, others}] and claims. Every offset is a
/// half-open character offset into the source line.
/// </summary>
internal sealed class SentenceJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter json;
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 14);
    private readonly TextWriter output;

    public SentenceJsonWriter(TextWriter output)
    {
        this.output = output;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void Write(Document doc, Paragraph paragraph)
    {
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            json.WriteStartObject();
            json.WriteString("doc", paragraph.Location.File);
            json.WriteNumber("line", paragraph.Location.Line);
            json.WriteString("sentence", paragraph.Text.AsSpan(sent.Start, sent.Length));
            json.WriteNumber("start", sent.Start);
            json.WriteNumber("end", sent.End);
            json.WriteString("role", paragraph.Role.WireName());
            json.WriteString("article", doc.Id);
            json.WriteStartArray("mentions");
            foreach (Mention mention in paragraph.Mentions)
            {
                if (mention.Sentence == s)
                {
                    WriteMention(paragraph, mention);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("references");
            foreach (Reference reference in paragraph.References)
            {
                if (reference.Sentence == s)
                {
                    WriteReference(doc, paragraph, reference);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("claims");
            foreach (Claim claim in paragraph.Claims)
            {
                if (claim.Sentence == s)
                {
                    WriteClaim(claim);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.Clear();
            json.Reset();
        }
    }

    private void WriteMention(Paragraph paragraph, Mention mention)
    {
        json.WriteStartObject();
        json.WriteString("text", paragraph.Text.AsSpan(mention.Start, mention.Length));
        json.WriteNumber("start", mention.Start);
        json.WriteNumber("end", mention.End);
        json.WriteString("entity", mention.Entity.Id);
        json.WriteString("name", mention.Entity.Name);
        json.WriteString("type", mention.Entity.Type.ToString());
        json.WriteString("kind", mention.Kind.WireName());
        json.WriteNumber("confidence", Math.Round(mention.Confidence, 2));
        json.WriteEndObject();
    }

    private void WriteReference(Document doc, Paragraph paragraph, Reference reference)
    {
        json.WriteStartObject();
        json.WriteString("text", paragraph.Text.AsSpan(reference.Start, reference.End - reference.Start));
        json.WriteNumber("start", reference.Start);
        json.WriteNumber("end", reference.End);
        json.WriteString("kind", reference.Kind.WireName());
        json.WriteString("entity", reference.Entity.Id);
        json.WriteString("name", reference.Entity.Name);
        json.WriteString("type", reference.Entity.Type.ToString());
        json.WriteNumber("confidence", Math.Round(reference.Confidence, 2));
        json.WriteBoolean("sure", reference.IsSure);
        WriteAntecedent(doc, "antecedent", reference.Antecedent, reference.AntecedentParagraph);
        if (reference.OtherAntecedents.Count > 0)
        {
            json.WriteStartArray("others");
            for (int i = 0; i < reference.OtherAntecedents.Count; i++)
            {
                WriteAntecedent(doc, null, reference.OtherAntecedents[i], reference.OtherParagraphs[i]);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteAntecedent(Document doc, string? name, Mention mention, int paragraphIndex)
    {
        Paragraph owner = doc.Paragraphs[paragraphIndex];
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("text", owner.Text.AsSpan(mention.Start, mention.Length));
        json.WriteNumber("line", owner.Location.Line);
        json.WriteNumber("start", mention.Start);
        json.WriteNumber("end", mention.End);
        json.WriteString("entity", mention.Entity.Id);
        json.WriteEndObject();
    }

    private void WriteClaim(Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("subject", claim.Subject.Id);
        json.WriteString("predicate", claim.Predicate);
        json.WriteString("object", claim.Object.Id);
        json.WriteString("class", claim.PredicateClass);
        json.WriteBoolean("negated", claim.Negated);
        json.WriteBoolean("hedged", claim.Hedged);
        json.WriteString("source", claim.Source);
        json.WriteString("time", claim.Time);
        json.WriteString("qualifier", claim.Qualifier);
        json.WriteString("trigger", claim.Trigger);
        json.WriteNumber("confidence", Math.Round(claim.Confidence, 2));
        json.WriteNumber("start", claim.Start);
        json.WriteNumber("end", claim.End);
        json.WriteEndObject();
    }

    public void Dispose() => json.Dispose();
}
