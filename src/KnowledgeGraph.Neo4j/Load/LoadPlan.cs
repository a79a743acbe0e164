using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Load;

/// <summary>
/// Turns the rows of a store changed after a revision into batches, in dependency order: deletions (from tombstones),
/// entities by type label, articles, sentences, mention counts, co-mentions, claims, typed claim edges by predicate.
/// Rows whose label or predicate is not in <see cref="GraphVocabulary"/> are counted in <see cref="Skipped"/>, never sent.
/// </summary>
internal sealed class LoadPlan
{
    private readonly IGraphReader reader;
    private readonly long since;
    private readonly int batchSize;
    private readonly bool deletions;

    /// <summary>A plan for rows after <paramref name="sinceRevision"/>; <paramref name="includeDeletions"/> false for an empty target (exports).</summary>
    public LoadPlan(IGraphReader reader, long sinceRevision, int batchSize, bool includeDeletions = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.reader = reader;
        since = sinceRevision;
        this.batchSize = batchSize;
        deletions = includeDeletions;
    }

    /// <summary>Rows left out, by reason ("entity type 'Thing'", "claim edge 'LIKES'"); filled while batches are enumerated.</summary>
    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>The batches, built lazily (a large store is never held in memory twice).</summary>
    public IEnumerable<LoadBatch> Batches()
    {
        List<Tombstone> tombstones = deletions ? reader.Deletions(since).ToList() : [];
        foreach ((string kind, string name) in LoadStatements.Deletions)
        {
            bool keyed = kind is not ("mention" or "comention");
            IEnumerable<object?> rows = tombstones.Where(t => t.Kind == kind).Select(RowMapper.Deletion).Where(r => r is not null);
            foreach (LoadBatch batch in Chunk($"delete:{kind}", CypherLibrary.Get(name), keyed ? "keys" : "rows", rows))
            {
                yield return batch;
            }
        }

        foreach (IGrouping<string, EntityRecord> group in reader.Entities(since).GroupBy(e => e.Type, StringComparer.Ordinal))
        {
            if (!GraphVocabulary.IsEntityTypeLabel(group.Key))
            {
                Skip($"entity type '{group.Key}'", group.Count());
                continue;
            }

            foreach (LoadBatch batch in Chunk($"entities:{group.Key}", LoadStatements.Entities(group.Key), "rows", group.Select(RowMapper.Entity)))
            {
                yield return batch;
            }
        }

        foreach (LoadBatch batch in Rows("articles", LoadStatements.ArticlesName, reader.Articles(since).Select(RowMapper.Article))
            .Concat(Rows("sentences", LoadStatements.SentencesName, reader.Sentences(since).Select(RowMapper.Sentence)))
            .Concat(Rows("mentions", LoadStatements.MentionsName, reader.MentionCounts(since).Select(RowMapper.Mention)))
            .Concat(Rows("comentions", LoadStatements.CoMentionsName, reader.CoMentions(since).Select(RowMapper.CoMention))))
        {
            yield return batch;
        }

        List<ClaimRecord> claims = reader.Claims(since).ToList();
        foreach (LoadBatch batch in Rows("claims", LoadStatements.ClaimsName, claims.Select(RowMapper.Claim)))
        {
            yield return batch;
        }

        foreach (IGrouping<string, ClaimRecord> group in claims.GroupBy(c => c.Predicate, StringComparer.Ordinal))
        {
            if (!GraphVocabulary.IsClaimPredicate(group.Key))
            {
                Skip($"claim edge '{group.Key}'", group.Count());
                continue;
            }

            foreach (LoadBatch batch in Chunk($"claim-edges:{group.Key}", LoadStatements.ClaimEdges(group.Key), "rows", group.Select(RowMapper.ClaimEdge)))
            {
                yield return batch;
            }
        }
    }

    private IEnumerable<LoadBatch> Rows(string step, string name, IEnumerable<object?> rows) =>
        Chunk(step, CypherLibrary.Get(name), "rows", rows);

    private IEnumerable<LoadBatch> Chunk(string step, string text, string parameter, IEnumerable<object?> rows)
    {
        foreach (object?[] chunk in rows.Chunk(batchSize))
        {
            var parameters = new Dictionary<string, object?>(1) { [parameter] = chunk };
            yield return new LoadBatch(step, new CypherStatement(step, text, parameters), chunk.Length);
        }
    }

    private void Skip(string reason, int count) =>
        Skipped[reason] = Skipped.GetValueOrDefault(reason) + count;
}
