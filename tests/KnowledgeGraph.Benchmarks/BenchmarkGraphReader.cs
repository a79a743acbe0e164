using KnowledgeGraph.Store;

namespace KnowledgeGraph.Benchmarks;

/// <summary>A list-backed <see cref="IGraphReader"/> for benchmarks that need no store on disk.</summary>
internal sealed class BenchmarkGraphReader : IGraphReader
{
    public long Revision { get; set; }

    public List<EntityRecord> EntityRows { get; } = [];
    public List<ArticleRecord> ArticleRows { get; } = [];
    public List<SentenceRecord> SentenceRows { get; } = [];
    public List<MentionCountRecord> MentionRows { get; } = [];
    public List<CoMentionRecord> CoMentionRows { get; } = [];
    public List<ClaimRecord> ClaimRows { get; } = [];

    public IEnumerable<EntityRecord> Entities(long sinceRevision = 0) => EntityRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<ArticleRecord> Articles(long sinceRevision = 0) => ArticleRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0) => SentenceRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0) => MentionRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0) => CoMentionRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<ClaimRecord> Claims(long sinceRevision = 0) => ClaimRows.Where(r => r.Revision > sinceRevision);
    public IEnumerable<Tombstone> Deletions(long sinceRevision) => [];
    public long GetWatermark(string consumer) => 0;
    public void SetWatermark(string consumer, long revision)
    {
    }
}
