using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Tests.Live;

/// <summary>
/// A view of a reader whose every key (entity, article, paragraph, sentence and claim ids, tombstone keys) starts with
/// <see cref="Prefix"/>: what the live tests load, so that they MERGE only nodes of their own and can delete exactly
/// those afterwards, whatever else the database holds. Watermarks go to the inner reader.
/// </summary>
internal sealed class NamespacedReader(IGraphReader inner, string prefix) : IGraphReader
{
    /// <summary>The prefix of every key this view shows (e.g. "kgtest-1a2b3c4d:").</summary>
    public string Prefix { get; } = prefix;

    public long Revision => inner.Revision;

    /// <summary><paramref name="id"/> in this namespace.</summary>
    public string Key(string id) => Prefix + id;

    public IEnumerable<EntityRecord> Entities(long sinceRevision = 0) => inner.Entities(sinceRevision).Select(e => e with { Id = Key(e.Id) });

    public IEnumerable<ArticleRecord> Articles(long sinceRevision = 0) => inner.Articles(sinceRevision).Select(a => a with { Id = Key(a.Id) });

    public IEnumerable<SentenceRecord> Sentences(long sinceRevision = 0) =>
        inner.Sentences(sinceRevision).Select(s => s with { Id = Key(s.Id), ArticleId = Key(s.ArticleId), ParagraphId = Key(s.ParagraphId) });

    public IEnumerable<MentionCountRecord> MentionCounts(long sinceRevision = 0) =>
        inner.MentionCounts(sinceRevision).Select(m => m with { EntityId = Key(m.EntityId), ArticleId = Key(m.ArticleId) });

    public IEnumerable<CoMentionRecord> CoMentions(long sinceRevision = 0) =>
        inner.CoMentions(sinceRevision).Select(c => c with { A = Key(c.A), B = Key(c.B), EvidenceSentenceIds = c.EvidenceSentenceIds.Select(Key).ToList() });

    public IEnumerable<ClaimRecord> Claims(long sinceRevision = 0) =>
        inner.Claims(sinceRevision).Select(c => c with
        {
            Id = Key(c.Id), Subject = Key(c.Subject), Object = Key(c.Object),
            Evidence = c.Evidence.Select(e => e with { SentenceId = Key(e.SentenceId), ArticleId = Key(e.ArticleId) }).ToList(),
        });

    public IEnumerable<Tombstone> Deletions(long sinceRevision) =>
        inner.Deletions(sinceRevision).Select(t => t with { Key = string.Join('|', t.Key.Split('|').Select(Key)) });

    public long GetWatermark(string consumer) => inner.GetWatermark(consumer);

    public void SetWatermark(string consumer, long revision) => inner.SetWatermark(consumer, revision);
}
