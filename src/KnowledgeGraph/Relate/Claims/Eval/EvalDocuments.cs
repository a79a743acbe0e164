using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>Makes a one-paragraph document of an annotated sentence, located at its seed file and line.</summary>
internal static class EvalDocuments
{
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
    /// Fills text layers with the plain tokeniser and splitter and places gold mentions from the surface forms;
    /// <paramref name="overrides"/> replace the table's forms with the same text.
    /// </summary>
    public static void AddGoldLayers(Document doc, IReadOnlyList<SurfaceForm> surfaces, IReadOnlyList<SurfaceForm>? overrides = null)
    {
        if (overrides is { Count: > 0 })
        {
            surfaces = [.. overrides, .. surfaces.Where(s => !overrides.Any(o => o.Text == s.Text))];
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            paragraph.Normalised = paragraph.Text.Replace('’', '\'').Replace('‘', '\'');
            paragraph.Tokens = PlainTokeniser.Tokenise(paragraph.Text);
            paragraph.Sentences = PlainSentenceSplitter.Split(paragraph.Text, paragraph.Tokens);
            SurfaceMentionPlacer.Place(paragraph, surfaces);
        }
    }
}
