using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>
/// The Syntax stage. Needs: tokens and sentences. Adds: <see cref="Paragraph.Syntax"/> for titles and body paragraphs
/// (<see cref="LineRoles.FeedsExtraction"/>). In <see cref="SyntaxMode.OnDemand"/> (the default) a sentence is tagged
/// when a later stage first reads its tags and parsed when a stage first reads its tree (<see cref="SyntaxLayer"/>);
/// <see cref="SyntaxMode.Tag"/> tags every sentence up front, <see cref="SyntaxMode.Parse"/> parses every sentence up
/// front. Lemmas are computed when asked for. Stateless and thread-safe.
/// </summary>
internal sealed class SyntaxAnnotator : IDocumentStage, ISyntaxAnnotator
{
    private readonly SyntaxModel model;
    private readonly SyntaxMode mode;

    public SyntaxAnnotator(SyntaxModel model, SyntaxMode mode = SyntaxMode.OnDemand)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
        this.mode = mode;
    }

    /// <inheritdoc />
    public string Name => mode switch { SyntaxMode.Parse => "syntax (tag+parse)", SyntaxMode.Tag => "syntax (tag)", _ => "syntax" };

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

    /// <summary>Builds the paragraph's layer, whatever its role, and tags or parses it up front as the mode says.</summary>
    public void Annotate(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var layer = new SyntaxLayer(paragraph, this);
        paragraph.Syntax = layer;
        if (mode == SyntaxMode.Parse)
        {
            layer.EnsureParsedAll();
        }
        else if (mode == SyntaxMode.Tag)
        {
            layer.EnsureTaggedAll();
        }
    }

    /// <inheritdoc />
    public string XposName(byte xpos) => model.Tagger.Tags.Name(xpos);

    /// <inheritdoc />
    public bool CanBePast(ReadOnlySpan<char> form) => model.CanBePast(form);

    /// <inheritdoc />
    public string Lemma(ReadOnlySpan<char> form, Upos upos, byte xpos) => model.Lemma(form, upos, xpos);

    /// <inheritdoc />
    public void Tag(Paragraph paragraph, int sentence, Span<SyntaxToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        Sentence sent = paragraph.Sentences[sentence];
        model.Tag(paragraph.Text, paragraph.Tokens.AsSpan(sent.TokenStart, sent.TokenEnd - sent.TokenStart), tokens, from, to);
    }

    /// <inheritdoc />
    public void Parse(Paragraph paragraph, int sentence, Span<SyntaxToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        Sentence sent = paragraph.Sentences[sentence];
        model.Parse(paragraph.Text, paragraph.Tokens.AsSpan(sent.TokenStart, sent.TokenEnd - sent.TokenStart), tokens, sent.TokenStart);
    }
}
