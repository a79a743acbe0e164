namespace KnowledgeGraph.Model;

/// <summary>
/// One source line of an article. <see cref="Text"/> is the original line and the only copy of it; every
/// token, sentence, mention and claim is a half-open offset range into it. <see cref="Normalised"/> has the same
/// length (one character for one character: no-break spaces, curly quotes and dashes folded), so offsets are shared.
/// </summary>
internal sealed class Paragraph
{
    private string? id;

    public required string Text { get; init; }
    public required LineRole Role { get; set; }
    /// <summary>0-based position in its article.</summary>
    public required int Index { get; init; }
    /// <summary>Every place this exact paragraph was read, in reading order (first = primary).</summary>
    public List<SourceLocation> Locations { get; } = [];

    /// <summary>Content id: 16 hex digits of SHA-256 over the UTF-8 text. Equal text, equal id, whatever the file.</summary>
    public string Id => id ??= ContentHash.Of(Text);

    /// <summary>Same length as <see cref="Text"/>; set by the normaliser.</summary>
    public string Normalised { get; set; } = "";
    public Token[] Tokens { get; set; } = [];
    public Sentence[] Sentences { get; set; } = [];
    /// <summary>
    /// Tags, lemmas and dependency trees parallel to <see cref="Tokens"/>; set by the Syntax stage for titles and body
    /// paragraphs (<see cref="LineRoles.FeedsExtraction"/>), null elsewhere and when the stage is off.
    /// </summary>
    public SyntaxLayer? Syntax { get; set; }
    public List<Mention> Mentions { get; } = [];
    /// <summary>Pronouns and definite descriptions resolved to an entity named elsewhere (Resolve's coreference step).</summary>
    public List<Reference> References { get; } = [];
    public List<Claim> Claims { get; } = [];

    /// <summary>True when the same text already occurred earlier in the corpus: kept for provenance, counted once.</summary>
    public bool IsRepeat { get; set; }

    public SourceLocation Location => Locations.Count > 0 ? Locations[0] : default;

    public ReadOnlySpan<char> Span(int start, int end) => Text.AsSpan(start, end - start);

    public ReadOnlySpan<char> Span(in Token token) => Text.AsSpan(token.Start, token.Length);

    public override string ToString() => $"{Location} {Role.WireName()}: {Text}";
}
