using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>An <see cref="IGraphReader"/> over lists, with revisions and tombstones, for tests without the SQLite store.</summary>
internal sealed class InMemoryGraphReader : IGraphReader
{
    private readonly Dictionary<string, long> watermarks = new(StringComparer.Ordinal);

    public long Revision { get; set; }

    public List<EntityRecord> EntityRows { get; } = [];
    public List<ArticleRecord> ArticleRows { get; } = [];
    public List<SentenceRecord> SentenceRows { get; } = [];
    public List<MentionCountRecord> MentionRows { get; } = [];
    public List<CoMentionRecord> CoMentionRows { get; } = [];
    public List<ClaimRecord> ClaimRows { get; } = [];
    public List<Tombstone> Tombstones { get; } = [];

    /// <summary>How many times a watermark was written (a failed load must not write one).</summary>
    public int WatermarkWrites { get; private set; }

    public IEnumerable<EntityRecord> Entities(long sinceRevision = 0) => EntityRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<ArticleRecord> Articles(long sinceRevision = 0) => ArticleRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0) => SentenceRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0) => MentionRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0) => CoMentionRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<ClaimRecord> Claims(long sinceRevision = 0) => ClaimRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<Tombstone> Deletions(long sinceRevision) => Tombstones.Where(t => t.Revision > sinceRevision);

    public long GetWatermark(string consumer) => watermarks.GetValueOrDefault(consumer);

    public void SetWatermark(string consumer, long revision)
    {
        watermarks[consumer] = revision;
        WatermarkWrites++;
    }
}
