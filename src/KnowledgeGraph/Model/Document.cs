namespace KnowledgeGraph.Model;

/// <summary>
/// One article flowing through the pipeline. Ingest fills <see cref="Paragraphs"/> with labelled lines;
/// later stages add layers to each paragraph (tokens, sentences, mentions, claims) in place.
/// </summary>
internal sealed class Document
{
    /// <summary>Stable content id: 16 hex digits of SHA-256 over the article's title and body lines.</summary>
    public required string Id { get; init; }
    public ArticleMeta Meta { get; init; } = ArticleMeta.Empty;
    public List<Paragraph> Paragraphs { get; } = [];
    /// <summary>Where the article starts in each file it appears in (file and line of its first line).</summary>
    public List<SourceLocation> Locations { get; } = [];
    /// <summary>Acronyms the article defined, with evidence; filled by the acronym learner.</summary>
    public List<LearnedAlias> LearnedAliases { get; } = [];
    /// <summary>True when an identical article was already read in this run: its locations are recorded, nothing is counted again.</summary>
    public bool IsRepeat { get; set; }

    public string? Title => Meta.Title ?? Paragraphs.FirstOrDefault(p => p.Role == LineRole.Title)?.Text;

    public override string ToString() => $"{Id} {Title}";
}
