using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Load;

/// <summary>
/// Turns store records into the parameter rows of cypher/load/*.cypher. Keys are the property names the statements
/// read (row.id, row.name, …); values are plain strings, numbers, booleans, lists and maps.
/// </summary>
internal static class RowMapper
{
    /// <summary>An entity row for entities.cypher (aliases_text feeds the full-text index).</summary>
    public static Dictionary<string, object?> Entity(EntityRecord entity) => new(10)
    {
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["type"] = entity.Type,
        ["subtype"] = entity.Subtype,
        ["aliases"] = entity.Aliases,
        ["aliases_text"] = string.Join(" | ", entity.Aliases),
        ["discovered"] = entity.Discovered,
        ["confidence"] = entity.Confidence,
        ["mentions"] = entity.Mentions,
        ["revision"] = entity.Revision,
    };

    /// <summary>An article row for articles.cypher.</summary>
    public static Dictionary<string, object?> Article(ArticleRecord article) => new(9)
    {
        ["id"] = article.Id,
        ["title"] = article.Title,
        ["date"] = article.Date,
        ["outlet"] = article.Outlet,
        ["url"] = article.Url,
        ["author"] = article.Author,
        ["locations"] = article.Locations,
        ["content_hash"] = article.ContentHash,
        ["revision"] = article.Revision,
    };

    /// <summary>A sentence row for sentences.cypher, with file, line and half-open offsets.</summary>
    public static Dictionary<string, object?> Sentence(SentenceRecord sent) => new(10)
    {
        ["id"] = sent.Id,
        ["article"] = sent.ArticleId,
        ["paragraph"] = sent.ParagraphId,
        ["role"] = sent.Role,
        ["file"] = sent.File,
        ["line"] = sent.Line,
        ["start"] = sent.Start,
        ["end"] = sent.End,
        ["text"] = sent.Text,
        ["revision"] = sent.Revision,
    };

    /// <summary>A mention count row for mentions.cypher.</summary>
    public static Dictionary<string, object?> Mention(MentionCountRecord mention) => new(4)
    {
        ["entity"] = mention.EntityId,
        ["article"] = mention.ArticleId,
        ["count"] = mention.Count,
        ["revision"] = mention.Revision,
    };

    /// <summary>A co-mention row for comentions.cypher, with its evidence sentence ids.</summary>
    public static Dictionary<string, object?> CoMention(CoMentionRecord pair) => new(10)
    {
        ["a"] = pair.A,
        ["b"] = pair.B,
        ["sentences"] = pair.Sentences,
        ["paragraphs"] = pair.Paragraphs,
        ["articles"] = pair.Articles,
        ["score"] = pair.Score,
        ["first"] = pair.First,
        ["last"] = pair.Last,
        ["evidence"] = pair.EvidenceSentenceIds,
        ["revision"] = pair.Revision,
    };

    /// <summary>A claim row for claims.cypher, with its evidence spans.</summary>
    public static Dictionary<string, object?> Claim(ClaimRecord claim)
    {
        var evidence = new List<object?>(claim.Evidence.Count);
        var ids = new List<object?>(claim.Evidence.Count);
        foreach (ClaimEvidenceRecord ev in claim.Evidence)
        {
            ids.Add(ev.SentenceId);
            evidence.Add(new Dictionary<string, object?>(5)
            {
                ["sentence"] = ev.SentenceId,
                ["start"] = ev.Start,
                ["end"] = ev.End,
                ["trigger"] = ev.Trigger,
                ["confidence"] = ev.Confidence,
            });
        }

        return new Dictionary<string, object?>(14)
        {
            ["id"] = claim.Id,
            ["subject"] = claim.Subject,
            ["predicate"] = claim.Predicate,
            ["class"] = claim.PredicateClass,
            ["object"] = claim.Object,
            ["negated"] = claim.Negated,
            ["hedged"] = claim.Hedged,
            ["source"] = claim.Source,
            ["time"] = claim.Time,
            ["qualifier"] = claim.Qualifier,
            ["confidence"] = claim.Confidence,
            ["evidence_ids"] = ids,
            ["evidence"] = evidence,
            ["revision"] = claim.Revision,
        };
    }

    /// <summary>A typed claim edge row for claim-edges.cypher: the claim's flags and evidence ids, without the spans.</summary>
    public static Dictionary<string, object?> ClaimEdge(ClaimRecord claim)
    {
        var ids = new List<object?>(claim.Evidence.Count);
        foreach (ClaimEvidenceRecord ev in claim.Evidence)
        {
            ids.Add(ev.SentenceId);
        }

        return new Dictionary<string, object?>(10)
        {
            ["id"] = claim.Id,
            ["subject"] = claim.Subject,
            ["object"] = claim.Object,
            ["negated"] = claim.Negated,
            ["hedged"] = claim.Hedged,
            ["source"] = claim.Source,
            ["time"] = claim.Time,
            ["confidence"] = claim.Confidence,
            ["evidence_ids"] = ids,
            ["revision"] = claim.Revision,
        };
    }

    /// <summary>
    /// The delete row of a tombstone: the key itself for single-id kinds, {entity, article} for mentions and {a, b}
    /// for co-mentions (keys "x|y"). Null when a pair key has no '|'.
    /// </summary>
    public static object? Deletion(Tombstone tombstone)
    {
        if (tombstone.Kind is not ("mention" or "comention"))
        {
            return tombstone.Key;
        }

        int bar = tombstone.Key.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || bar == tombstone.Key.Length - 1)
        {
            return null;
        }

        (string first, string second) = tombstone.Kind == "mention" ? ("entity", "article") : ("a", "b");
        return new Dictionary<string, object?>(2) { [first] = tombstone.Key[..bar], [second] = tombstone.Key[(bar + 1)..] };
    }
}
