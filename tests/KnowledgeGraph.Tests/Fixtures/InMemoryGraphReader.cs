using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Fixtures;

/// <summary>A graph store held in lists, for tests of the readers of <see cref="IGraphReader"/>.</summary>
internal sealed class InMemoryGraphReader : IGraphReader
{
    private readonly Dictionary<string, long> watermarks = new(StringComparer.Ordinal);

    public long Revision { get; init; } = 1;

    public List<EntityRecord> EntityRows { get; init; } = [];

    public List<ArticleRecord> ArticleRows { get; init; } = [];

    public List<SentenceRecord> SentenceRows { get; init; } = [];

    public List<MentionCountRecord> MentionCountRows { get; init; } = [];

    public List<CoMentionRecord> CoMentionRows { get; init; } = [];

    public List<ClaimRecord> ClaimRows { get; init; } = [];

    public List<SentenceMentionRecord> SentenceMentionRows { get; init; } = [];

    public IEnumerable<EntityRecord> Entities(long sinceRevision = 0) => EntityRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<ArticleRecord> Articles(long sinceRevision = 0) => ArticleRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0) => SentenceRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0) => MentionCountRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0) => CoMentionRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<ClaimRecord> Claims(long sinceRevision = 0) => ClaimRows.Where(r => r.Revision > sinceRevision);

    public IEnumerable<SentenceMentionRecord> SentenceMentions() => SentenceMentionRows;

    public IEnumerable<Tombstone> Deletions(long sinceRevision) => [];

    public long GetWatermark(string consumer) => watermarks.GetValueOrDefault(consumer);

    public void SetWatermark(string consumer, long revision) => watermarks[consumer] = revision;
}
