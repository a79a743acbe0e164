using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>Makes a one-paragraph document of an annotated sentence, located at its seed file and line.</summary>
internal static class EvalDocuments
{
    /// <summary>The pipeline's own Text stages: gold mentions sit on the tokens a build reads (stateless, shared).</summary>
    private static readonly IDocumentStage[] TextStages = [new Text.Normaliser(), new Text.Tokeniser(), new Text.SentenceSplitter()];

    public static Document Create(ClaimEvalSentence sentence)
    {
        var paragraph = new Paragraph { Text = sentence.Text, Role = LineRole.Body, Index = 0 };
        paragraph.Locations.Add(new SourceLocation(sentence.File, sentence.Line));
        var doc = new Document { Id = ContentHash.Of(sentence.Text), Meta = new ArticleMeta { Date = sentence.Date } };
        doc.Paragraphs.Add(paragraph);
        doc.Locations.Add(new SourceLocation(sentence.File, sentence.Line));
        return doc;
    }

    /// <summary>
    /// Fills the text layers with the production Text stages (normaliser, tokeniser, sentence splitter) and places gold
    /// mentions from the surface forms; <paramref name="overrides"/> replace the table's forms with the same text.
    /// </summary>
    public static void AddGoldLayers(Document doc, IReadOnlyList<SurfaceForm> surfaces, IReadOnlyList<SurfaceForm>? overrides = null)
    {
        if (overrides is { Count: > 0 })
        {
            surfaces = [.. overrides, .. surfaces.Where(s => !overrides.Any(o => o.Text == s.Text))];
        }

        foreach (IDocumentStage stage in TextStages)
        {
            stage.Process(doc);
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            SurfaceMentionPlacer.Place(paragraph, surfaces);
        }
    }
}
