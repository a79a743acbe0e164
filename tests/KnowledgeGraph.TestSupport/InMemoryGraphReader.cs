using KnowledgeGraph.Store;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// The one in-memory graph store of the tests and benchmarks: an <see cref="IGraphReader"/> over lists, with
/// revisions (every enumeration keeps rows written after the revision asked for), tombstones, mentions per sentence
/// and watermarks (<see cref="WatermarkWrites"/> counts writes: a failed load must not write one).
/// </summary>
internal sealed class InMemoryGraphReader : IGraphReader
{
    private readonly Dictionary<string, long> watermarks = new(StringComparer.Ordinal);

    /// <summary>The store revision. Default 1.</summary>
    public long Revision { get; set; } = 1;

    public List<EntityRecord> EntityRows { get; init; } = [];

    public List<ArticleRecord> ArticleRows { get; init; } = [];

    public List<SentenceRecord> SentenceRows { get; init; } = [];

    public List<MentionCountRecord> MentionCountRows { get; init; } = [];

    public List<CoMentionRecord> CoMentionRows { get; init; } = [];

    public List<ClaimRecord> ClaimRows { get; init; } = [];

    public List<SentenceMentionRecord> SentenceMentionRows { get; init; } = [];

    public List<Tombstone> Tombstones { get; init; } = [];

    /// <summary>How many times a watermark was written.</summary>
    public int WatermarkWrites { get; private set; }

    public IEnumerable<EntityRecord> Entities(long sinceRevision = 0) => EntityRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<ArticleRecord> Articles(long sinceRevision = 0) => ArticleRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0) => SentenceRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0) => MentionCountRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0) => CoMentionRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<ClaimRecord> Claims(long sinceRevision = 0) => ClaimRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<SentenceMentionRecord> SentenceMentions() => SentenceMentionRows;

    public IEnumerable<Tombstone> Deletions(long sinceRevision) => Tombstones.Where(t => t.Revision > sinceRevision);

    public long GetWatermark(string consumer) => watermarks.GetValueOrDefault(consumer);

    public void SetWatermark(string consumer, long revision)
    {
        watermarks[consumer] = revision;
        WatermarkWrites++;
    }
}
