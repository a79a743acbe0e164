using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// Writes and deletes one article's facts inside a batch transaction, noting every key it touches in
/// <see cref="AffectedKeys"/> so <see cref="AggregateRefresher"/> can recompute the aggregates afterwards.
/// Rows go in with multi-row inserts (<see cref="StoreTransaction.InsertRows"/>).
/// </summary>
internal static class ArticleWriter
{
    public static void Insert(StoreTransaction tx, ArticleFacts facts, string fingerprint, AffectedKeys keys)
    {
        string id = facts.ArticleId;
        long rev = tx.Revision;
        keys.Articles.Add(id);
        tx.Execute(
            "INSERT INTO articles(id, title, date, outlet, url, author, content_hash, fingerprint, result_hash, words, revision) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)",
            id, facts.Title, facts.Date, facts.Outlet, facts.Url, facts.Author, facts.ContentHash, fingerprint, facts.ResultHash, facts.Words, rev);
        tx.InsertRows("INSERT OR IGNORE INTO article_locations(article_id, file, line)", facts.Locations.Select(l => new object?[] { id, l.File, l.Line }).ToList());
        var primary = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        var positions = new List<object?[]>();
        var texts = new List<object?[]>();
        var places = new List<object?[]>();
        foreach (ParagraphFact paragraph in facts.Paragraphs)
        {
            (string file, int line) = paragraph.Locations.Count > 0 ? paragraph.Locations[0] : ("", 0);
            if (!primary.TryGetValue(paragraph.Id, out var first) || LocationComparer.Instance.Compare((file, line), first) < 0)
            {
                // A paragraph repeated inside the article: its sentences sit at its earliest place.
                primary[paragraph.Id] = (file, line);
            }

            keys.Paragraphs.Add(paragraph.Id);
            positions.Add([id, paragraph.Index, paragraph.Id, paragraph.Role, file, line]);
            texts.Add([paragraph.Id, paragraph.Role, paragraph.Text, rev]);
            places.AddRange(paragraph.Locations.Select(l => new object?[] { id, paragraph.Index, paragraph.Id, l.File, l.Line }));
        }

        tx.InsertRows("INSERT INTO article_paragraphs(article_id, idx, paragraph_id, role, file, line)", positions);
        tx.InsertRows("INSERT INTO paragraphs(id, role, text, revision)", texts, "ON CONFLICT(id) DO NOTHING");
        tx.InsertRows("INSERT OR IGNORE INTO paragraph_locations(article_id, idx, paragraph_id, file, line)", places);
        InsertLayers(tx, facts, primary, keys);
    }

    public static void Delete(StoreTransaction tx, string articleId, AffectedKeys keys)
    {
        keys.Articles.Add(articleId);
        keys.Paragraphs.UnionWith(tx.List("SELECT paragraph_id FROM article_paragraphs WHERE article_id = $p0", r => r.GetString(0), articleId));
        keys.Sentences.UnionWith(tx.List("SELECT id FROM sentences WHERE article_id = $p0", r => r.GetString(0), articleId));
        keys.Entities.UnionWith(tx.List("SELECT entity_id FROM observations WHERE article_id = $p0", r => r.GetString(0), articleId));
        keys.Entities.UnionWith(tx.List("SELECT entity_id FROM learned_aliases WHERE article_id = $p0", r => r.GetString(0), articleId));
        foreach (string entity in tx.List("SELECT entity_id FROM mention_counts WHERE article_id = $p0", r => r.GetString(0), articleId))
        {
            keys.MentionCounts.Add((entity, articleId));
        }

        keys.Pairs.UnionWith(tx.List("SELECT DISTINCT a, b FROM comention_occurrences WHERE article_id = $p0", r => (r.GetString(0), r.GetString(1)), articleId));
        keys.Claims.UnionWith(tx.List("SELECT DISTINCT claim_id FROM claim_evidence WHERE article_id = $p0", r => r.GetString(0), articleId));
        foreach (string table in (string[])["articles", "article_locations", "article_paragraphs", "paragraph_locations", "sentences", "mentions",
                     "observations", "learned_aliases", "mention_counts", "comention_occurrences", "claim_evidence"])
        {
            string column = table == "articles" ? "id" : "article_id";
            tx.Execute($"DELETE FROM {table} WHERE {column} = $p0", articleId);
        }
    }

    private static void InsertLayers(StoreTransaction tx, ArticleFacts facts, Dictionary<string, (string File, int Line)> primary, AffectedKeys keys)
    {
        string id = facts.ArticleId;
        long rev = tx.Revision;
        keys.Sentences.UnionWith(facts.Sentences.Select(s => s.Id));
        tx.InsertRows(
            "INSERT OR IGNORE INTO sentences(id, article_id, paragraph_id, role, file, line, start, end, text, revision)",
            facts.Sentences.Select(s => new object?[] { s.Id, id, s.ParagraphId, s.Role, primary[s.ParagraphId].File, primary[s.ParagraphId].Line, s.Start, s.End, s.Text, rev }).ToList());
        tx.InsertRows(
            "INSERT OR IGNORE INTO mentions(article_id, paragraph_id, start, end, entity_id, kind, confidence, sentence_id)",
            facts.Mentions.Select(m => new object?[] { id, m.ParagraphId, m.Start, m.End, m.EntityId, m.Kind, m.Confidence, m.SentenceId }).ToList());
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (MentionFact mention in facts.Mentions)
        {
            counts[mention.EntityId] = counts.GetValueOrDefault(mention.EntityId) + 1;
        }

        keys.MentionCounts.UnionWith(counts.Keys.Select(entity => (entity, id)));
        tx.InsertRows("INSERT INTO mention_counts(entity_id, article_id, count, revision)", counts.Select(c => new object?[] { c.Key, id, c.Value, rev }).ToList());
        keys.Entities.UnionWith(facts.Observations.Select(o => o.EntityId));
        tx.InsertRows(
            "INSERT INTO observations(article_id, entity_id, name, type, subtype, aliases, discovered, confidence)",
            facts.Observations.Select(o => new object?[] { id, o.EntityId, o.Name, o.Type, o.Subtype, o.Aliases, o.Discovered, o.Confidence }).ToList());
        keys.Entities.UnionWith(facts.LearnedAliases.Select(l => l.EntityId));
        tx.InsertRows(
            "INSERT OR IGNORE INTO learned_aliases(article_id, entity_id, alias, paragraph_id, file, line, start, end)",
            facts.LearnedAliases.Select(l => new object?[] { id, l.EntityId, l.Alias, l.ParagraphId, l.File, l.Line, l.Start, l.End }).ToList());
        keys.Pairs.UnionWith(facts.CoMentions.Select(p => (p.A, p.B)));
        tx.InsertRows(
            "INSERT OR IGNORE INTO comention_occurrences(article_id, a, b, paragraph_id, sentence_id, demonym_only)",
            facts.CoMentions.Select(p => new object?[] { id, p.A, p.B, p.ParagraphId, p.SentenceId, p.DemonymOnly }).ToList());
        keys.Claims.UnionWith(facts.ClaimEvidence.Select(c => c.ClaimId));
        tx.InsertRows(
            """
            INSERT OR IGNORE INTO claim_evidence(article_id, claim_id, sentence_id, file, line, start, end, trigger, confidence, subject,
                predicate, predicate_class, object, negated, hedged, source, time, qualifier)
            """,
            facts.ClaimEvidence.Select(c => new object?[]
            {
                id, c.ClaimId, c.SentenceId, primary[c.ParagraphId].File, primary[c.ParagraphId].Line, c.Start, c.End, c.Trigger, c.Confidence,
                c.Subject, c.Predicate, c.PredicateClass, c.Object, c.Negated, c.Hedged, c.Source, c.Time, c.Qualifier,
            }).ToList());
    }
}
