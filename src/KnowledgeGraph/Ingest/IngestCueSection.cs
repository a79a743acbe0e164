namespace KnowledgeGraph.Ingest;

/// <summary>The <c>ingest:</c> section of the cue file; snake_case keys, each optional (null keeps the default).</summary>
internal sealed class IngestCueSection
{
    public List<string>? IntroWords { get; set; }
    public List<string>? IntroStarts { get; set; }
    public List<string>? CaptionCredits { get; set; }
    public List<string>? BylineStarts { get; set; }
    public List<string>? BylineRoles { get; set; }
    public List<string>? BoilerplateStarts { get; set; }
    public List<string>? ContributorHeadings { get; set; }
    public List<string>? NoteHeadings { get; set; }
    public List<string>? Outlets { get; set; }
    public int? MaxTitleLength { get; set; }
}
