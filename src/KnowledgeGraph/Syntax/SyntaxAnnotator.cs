using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>
/// The Syntax stage. Needs: tokens and sentences. Adds: <see cref="Paragraph.Syntax"/> for titles and body paragraphs
/// (<see cref="LineRoles.FeedsExtraction"/>): every sentence tagged (UPOS, XPOS); in <see cref="SyntaxMode.Parse"/>
/// every sentence parsed too, otherwise each sentence is parsed when a later stage first asks
/// (<see cref="SyntaxLayer.EnsureParsed"/>). Lemmas are computed when asked for. Stateless and thread-safe.
/// </summary>
internal sealed class SyntaxAnnotator : IDocumentStage, ISyntaxAnnotator
{
    private readonly SyntaxModel model;
    private readonly SyntaxMode mode;

    public SyntaxAnnotator(SyntaxModel model, SyntaxMode mode = SyntaxMode.Tag)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
        this.mode = mode;
    }

    /// <inheritdoc />
    public string Name => mode == SyntaxMode.Parse ? "syntax (tag+parse)" : "syntax";

    /// <summary>The model this stage runs.</summary>
    public SyntaxModel Model => model;

    /// <inheritdoc />
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role.FeedsExtraction())
            {
                Annotate(paragraph);
            }
        }
    }

    /// <summary>Builds and tags the paragraph's layer (and parses it in <see cref="SyntaxMode.Parse"/>), whatever its role.</summary>
    public void Annotate(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var layer = new SyntaxLayer(paragraph, this);
        foreach (Sentence sent in paragraph.Sentences)
        {
            model.Tag(paragraph.Text, paragraph.Tokens.AsSpan(sent.TokenStart, sent.TokenEnd - sent.TokenStart), layer.Slots(sent));
        }

        paragraph.Syntax = layer;
        if (mode == SyntaxMode.Parse)
        {
            layer.EnsureParsedAll();
        }
    }

    /// <inheritdoc />
    public string XposName(byte xpos) => model.Tagger.Tags.Name(xpos);

    /// <inheritdoc />
    public string Lemma(ReadOnlySpan<char> form, Upos upos, byte xpos) => model.Lemma(form, upos, xpos);

    /// <inheritdoc />
    public void Parse(Paragraph paragraph, int sentence, Span<SyntaxToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        Sentence sent = paragraph.Sentences[sentence];
        model.Parse(paragraph.Text, paragraph.Tokens.AsSpan(sent.TokenStart, sent.TokenEnd - sent.TokenStart), tokens, sent.TokenStart);
    }
}
