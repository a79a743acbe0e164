using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes graph.json: {"revision", "articles": [...], "nodes": [...], "edges": [...]}. Edges are co-mentions
/// (kind "comention", undirected, source &lt; target) and claims (kind "claim", directed subject → object); each
/// carries its provenance as "evidence": the sentence id, article, file, line and text of every supporting
/// sentence (for claims also the trigger span).
/// </summary>
internal sealed class JsonGraphExporter : IGraphExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Export(IGraphReader reader, string outDirectory)
    {
        GraphSnapshot snapshot = GraphSnapshot.Load(reader);
        using FileStream stream = ExportFile.Create(outDirectory, "graph.json", out string path);
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("revision", snapshot.Revision);
        json.WriteStartArray("articles");
        foreach (ArticleRecord article in snapshot.Articles)
        {
            WriteArticle(json, article);
        }

        json.WriteEndArray();
        json.WriteStartArray("nodes");
        foreach (EntityRecord entity in snapshot.Entities)
        {
            WriteNode(json, entity);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (CoMentionRecord pair in snapshot.CoMentions)
        {
            WriteCoMention(json, pair, snapshot);
        }

        foreach (ClaimRecord claim in snapshot.Claims)
        {
            WriteClaim(json, claim, snapshot);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return [path];
    }

    private static void WriteArticle(Utf8JsonWriter json, ArticleRecord article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("date", article.Date);
        json.WriteString("outlet", article.Outlet);
        json.WriteString("url", article.Url);
        json.WriteString("author", article.Author);
        Strings(json, "locations", article.Locations);
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, EntityRecord entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WriteString("label", entity.Name);
        json.WriteString("type", entity.Type);
        json.WriteString("subtype", entity.Subtype);
        Strings(json, "aliases", entity.Aliases);
        json.WriteBoolean("discovered", entity.Discovered);
        json.WriteNumber("confidence", entity.Confidence);
        json.WriteNumber("mentions", entity.Mentions);
        json.WriteEndObject();
    }

    private static void WriteCoMention(Utf8JsonWriter json, CoMentionRecord pair, GraphSnapshot snapshot)
    {
        json.WriteStartObject();
        json.WriteString("kind", "comention");
        json.WriteString("source", pair.A);
        json.WriteString("target", pair.B);
        json.WriteNumber("weight", EntityGraphBuilder.CoMentionWeight(pair));
        json.WriteNumber("sentences", pair.Sentences);
        json.WriteNumber("paragraphs", pair.Paragraphs);
        json.WriteNumber("articles", pair.Articles);
        json.WriteString("first", pair.First);
        json.WriteString("last", pair.Last);
        json.WriteNumber("score", pair.Score);
        json.WriteBoolean("demonymOnly", pair.DemonymOnly);
        json.WriteStartArray("evidence");
        foreach (string id in pair.EvidenceSentenceIds)
        {
            json.WriteStartObject();
            WriteSentence(json, id, snapshot);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, ClaimRecord claim, GraphSnapshot snapshot)
    {
        json.WriteStartObject();
        json.WriteString("kind", "claim");
        json.WriteString("id", claim.Id);
        json.WriteString("source", claim.Subject);
        json.WriteString("target", claim.Object);
        json.WriteString("predicate", claim.Predicate);
        json.WriteString("predicateClass", claim.PredicateClass);
        json.WriteBoolean("negated", claim.Negated);
        json.WriteBoolean("hedged", claim.Hedged);
        json.WriteString("assertedBy", claim.Source);
        json.WriteString("time", claim.Time);
        json.WriteString("qualifier", claim.Qualifier);
        json.WriteNumber("confidence", claim.Confidence);
        json.WriteNumber("weight", EntityGraphBuilder.ClaimWeight(claim));
        json.WriteStartArray("evidence");
        foreach (ClaimEvidenceRecord evidence in claim.Evidence)
        {
            json.WriteStartObject();
            WriteSentence(json, evidence.SentenceId, snapshot);
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("end", evidence.End);
            json.WriteString("trigger", evidence.Trigger);
            json.WriteNumber("confidence", evidence.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The sentence's id and, when the store has it, its article, file, line and text.</summary>
    private static void WriteSentence(Utf8JsonWriter json, string id, GraphSnapshot snapshot)
    {
        json.WriteString("sentenceId", id);
        if (snapshot.SentencesById.TryGetValue(id, out SentenceRecord? sent))
        {
            json.WriteString("articleId", sent.ArticleId);
            json.WriteString("file", sent.File);
            json.WriteNumber("line", sent.Line);
            json.WriteString("text", sent.Text);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
