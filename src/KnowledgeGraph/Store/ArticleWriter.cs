using KnowledgeGraph.Relate;

namespace KnowledgeGraph.Store;

/// <summary>
/// Writes and deletes one article's facts inside a batch transaction, noting every key it touches in
/// <see cref="AffectedKeys"/> so <see cref="AggregateRefresher"/> can recompute the aggregates afterwards.
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
        foreach ((string file, int line) in facts.Locations)
        {
            tx.Execute("INSERT OR IGNORE INTO article_locations(article_id, file, line) VALUES ($p0, $p1, $p2)", id, file, line);
        }

        var primary = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (ParagraphFact paragraph in facts.Paragraphs)
        {
            (string file, int line) = paragraph.Locations.Count > 0 ? paragraph.Locations[0] : ("", 0);
            if (!primary.TryGetValue(paragraph.Id, out var first) || LocationComparer.Instance.Compare((file, line), first) < 0)
            {
                // A paragraph repeated inside the article: its sentences sit at its earliest place.
                primary[paragraph.Id] = (file, line);
            }

            keys.Paragraphs.Add(paragraph.Id);
            tx.Execute(
                "INSERT INTO article_paragraphs(article_id, idx, paragraph_id, role, file, line) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                id, paragraph.Index, paragraph.Id, paragraph.Role, file, line);
            tx.Execute(
                "INSERT INTO paragraphs(id, role, text, revision) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT(id) DO NOTHING",
                paragraph.Id, paragraph.Role, paragraph.Text, rev);
            foreach ((string f, int l) in paragraph.Locations)
            {
                tx.Execute(
                    "INSERT OR IGNORE INTO paragraph_locations(article_id, idx, paragraph_id, file, line) VALUES ($p0, $p1, $p2, $p3, $p4)",
                    id, paragraph.Index, paragraph.Id, f, l);
            }
        }

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
        foreach (SentenceFact sent in facts.Sentences)
        {
            (string file, int line) = primary[sent.ParagraphId];
            keys.Sentences.Add(sent.Id);
            tx.Execute(
                "INSERT OR IGNORE INTO sentences(id, article_id, paragraph_id, role, file, line, start, end, text, revision) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)",
                sent.Id, id, sent.ParagraphId, sent.Role, file, line, sent.Start, sent.End, sent.Text, rev);
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (MentionFact mention in facts.Mentions)
        {
            tx.Execute(
                "INSERT OR IGNORE INTO mentions(article_id, paragraph_id, start, end, entity_id, kind, confidence, sentence_id) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)",
                id, mention.ParagraphId, mention.Start, mention.End, mention.EntityId, mention.Kind, mention.Confidence, mention.SentenceId);
            counts[mention.EntityId] = counts.GetValueOrDefault(mention.EntityId) + 1;
        }

        foreach ((string entity, int count) in counts)
        {
            keys.MentionCounts.Add((entity, id));
            tx.Execute("INSERT INTO mention_counts(entity_id, article_id, count, revision) VALUES ($p0, $p1, $p2, $p3)", entity, id, count, rev);
        }

        foreach (ObservationFact seen in facts.Observations)
        {
            keys.Entities.Add(seen.EntityId);
            tx.Execute(
                "INSERT INTO observations(article_id, entity_id, name, type, subtype, aliases, discovered, confidence) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)",
                id, seen.EntityId, seen.Name, seen.Type, seen.Subtype, seen.Aliases, seen.Discovered, seen.Confidence);
        }

        foreach (LearnedAliasFact learned in facts.LearnedAliases)
        {
            keys.Entities.Add(learned.EntityId);
            tx.Execute(
                "INSERT OR IGNORE INTO learned_aliases(article_id, entity_id, alias, paragraph_id, file, line, start, end) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)",
                id, learned.EntityId, learned.Alias, learned.ParagraphId, learned.File, learned.Line, learned.Start, learned.End);
        }

        foreach (CoMentionOccurrence pair in facts.CoMentions)
        {
            keys.Pairs.Add((pair.A, pair.B));
            tx.Execute(
                "INSERT OR IGNORE INTO comention_occurrences(article_id, a, b, paragraph_id, sentence_id, demonym_only) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                id, pair.A, pair.B, pair.ParagraphId, pair.SentenceId, pair.DemonymOnly);
        }

        foreach (ClaimEvidenceFact claim in facts.ClaimEvidence)
        {
            (string file, int line) = primary[claim.ParagraphId];
            keys.Claims.Add(claim.ClaimId);
            tx.Execute(
                """
                INSERT OR IGNORE INTO claim_evidence(article_id, claim_id, sentence_id, file, line, start, end, trigger, confidence, subject,
                    predicate, predicate_class, object, negated, hedged, source, time, qualifier)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17)
                """,
                id, claim.ClaimId, claim.SentenceId, file, line, claim.Start, claim.End, claim.Trigger, claim.Confidence, claim.Subject,
                claim.Predicate, claim.PredicateClass, claim.Object, claim.Negated, claim.Hedged, claim.Source, claim.Time, claim.Qualifier);
        }
    }
}
