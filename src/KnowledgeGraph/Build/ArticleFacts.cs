
namespace KnowledgeGraph.Build;

/// <summary>
/// Everything one processed article contributes to the store, as rows. A pure function of the article's text,
/// metadata and the extraction (never of the other articles or of reading order), which is what lets a reload
/// replace one article's contribution without touching the rest.
/// </summary>
internal sealed class ArticleFacts
{
    public required string ArticleId { get; init; }
    public required string ContentHash { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public int Words { get; init; }
    public List<(string File, int Line)> Locations { get; } = [];
    public List<ParagraphFact> Paragraphs { get; } = [];
    public List<SentenceFact> Sentences { get; } = [];
    public List<MentionFact> Mentions { get; } = [];
    public List<ObservationFact> Observations { get; } = [];
    public List<LearnedAliasFact> LearnedAliases { get; } = [];
    public List<CoMentionOccurrence> CoMentions { get; } = [];
    public List<ClaimEvidenceFact> ClaimEvidence { get; } = [];

    /// <summary>Hash of the extraction results (not of locations; co-mentions follow from sentences and mentions): equal hashes mean a re-extraction changed nothing.</summary>
    public string ResultHash { get; set; } = "";
}
