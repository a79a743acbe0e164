namespace KnowledgeGraph.Ingest;

/// <summary>
/// The non-blank lines of one article as a splitter cut them, before labelling. <see cref="HasIntro"/> is true
/// when the first line is an intro blurb; <see cref="LeadingBoilerplate"/> counts page-furniture lines carried
/// over from before it.
/// </summary>
internal sealed class ArticleDraft
{
    public List<SourceLine> Lines { get; } = [];
    public bool HasIntro { get; init; }
    public int LeadingBoilerplate { get; init; }
}
