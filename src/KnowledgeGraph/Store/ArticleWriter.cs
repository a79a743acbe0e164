using KnowledgeGraph.Build;

namespace KnowledgeGraph.Store;

/// <summary>
/// Writes and deletes one article's facts inside a batch transaction through prepared statements, noting every key
/// it touches in <see cref="AffectedKeys"/> so the aggregates can be settled afterwards.
/// </summary>
internal static class ArticleWriter
{
    public static void Insert(StoreTransaction tx, ArticleFacts facts, string fingerprint, AffectedKeys keys)
    {
        long key = StoreKeys.Of(facts.ArticleId);
        long rev = tx.Revision;
        keys.Articles.Add(key);
        PreparedStatement article = tx.Statement("INSERT INTO articles(id, title, date, outlet, url, author, content_hash, fingerprint, result_hash, words, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        tx.Run(article
            .Bind(1, key).Bind(2, facts.Title).Bind(3, facts.Date).Bind(4, facts.Outlet).Bind(5, facts.Url).Bind(6, facts.Author)
            .Bind(7, StoreKeys.Of(facts.ContentHash)).Bind(8, fingerprint).Bind(9, StoreKeys.Of(facts.ResultHash)).Bind(10, facts.Words).Bind(11, rev));

        // The article's row number: its facts are keyed by it, so they go in at the end of each table.
        long id = article.LastRowId;
        PreparedStatement location = tx.Statement("INSERT OR IGNORE INTO article_locations(article_id, file, line) VALUES (?1, ?2, ?3)");
        foreach ((string file, int line) in facts.Locations)
        {
            tx.Run(location.Bind(1, id).Bind(2, file).Bind(3, line));
        }

        var primary = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        PreparedStatement position = tx.Statement("INSERT INTO article_paragraphs(article_id, idx, paragraph_id, role, file, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        PreparedStatement text = tx.Statement("INSERT INTO paragraphs(id, role, text, revision) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(id) DO NOTHING");
        PreparedStatement place = tx.Statement("INSERT OR IGNORE INTO paragraph_locations(article_id, idx, paragraph_id, file, line) VALUES (?1, ?2, ?3, ?4, ?5)");
        foreach (ParagraphFact paragraph in facts.Paragraphs)
        {
            (string file, int line) = paragraph.Locations.Count > 0 ? paragraph.Locations[0] : ("", 0);
            if (!primary.TryGetValue(paragraph.Id, out var first) || LocationComparer.Instance.Compare((file, line), first) < 0)
            {
                // A paragraph repeated inside the article: its sentences sit at its earliest place.
                primary[paragraph.Id] = (file, line);
            }

            long paragraphKey = StoreKeys.Of(paragraph.Id);
            keys.Paragraphs.Add(paragraphKey);
            tx.Run(position.Bind(1, id).Bind(2, paragraph.Index).Bind(3, paragraphKey).Bind(4, paragraph.Role).Bind(5, file).Bind(6, line));
            tx.Run(text.Bind(1, paragraphKey).Bind(2, paragraph.Role).Bind(3, paragraph.Text).Bind(4, rev));
            foreach ((string otherFile, int otherLine) in paragraph.Locations)
            {
                tx.Run(place.Bind(1, id).Bind(2, paragraph.Index).Bind(3, paragraphKey).Bind(4, otherFile).Bind(5, otherLine));
            }
        }

        InsertLayers(tx, facts, id, key, primary, keys);
        InsertRelations(tx, facts, id, primary, keys);
    }

    /// <summary>Deletes the stored article with content-id key <paramref name="key"/> and all its facts (nothing when it is not stored).</summary>
    public static void Delete(StoreTransaction tx, long key, AffectedKeys keys)
    {
        keys.Articles.Add(key);
        if (tx.Scalar("SELECT seq FROM articles WHERE id = $p0", key) is not long id)
        {
            return;
        }

        keys.Paragraphs.UnionWith(tx.List("SELECT paragraph_id FROM article_paragraphs WHERE article_id = $p0", r => r.GetInt64(0), id));
        keys.Sentences.UnionWith(tx.List("SELECT paragraph_id, start FROM sentences WHERE article_id = $p0", r => (r.GetInt64(0), r.GetInt64(1)), id));
        foreach ((string entity, long mentions) in tx.List("SELECT entity_id, mentions FROM article_entities WHERE article_id = $p0", r => (r.GetString(0), r.GetInt64(1)), id))
        {
            keys.Entities.Add(entity);
            if (mentions > 0)
            {
                keys.MentionCounts.Add((entity, key));
            }
        }

        keys.Entities.UnionWith(tx.List("SELECT entity_id FROM learned_aliases WHERE article_id = $p0", r => r.GetString(0), id));
        keys.Claims.UnionWith(tx.List("SELECT DISTINCT claim_id FROM claim_evidence WHERE article_id = $p0", r => r.GetInt64(0), id));
        keys.Pairs.UnionWith(tx.List("SELECT DISTINCT a, b FROM comention_occurrences WHERE article_id = $p0", r => (r.GetString(0), r.GetString(1)), id));
        tx.Execute("DELETE FROM articles WHERE seq = $p0", id);
        foreach (string table in (string[])["article_locations", "article_paragraphs", "paragraph_locations", "sentences", "mentions",
                     "article_entities", "learned_aliases", "comention_occurrences", "claim_evidence"])
        {
            tx.Execute($"DELETE FROM {table} WHERE article_id = $p0", id);
        }
    }

    private static void InsertLayers(StoreTransaction tx, ArticleFacts facts, long id, long key, Dictionary<string, (string File, int Line)> primary, AffectedKeys keys)
    {
        long rev = tx.Revision;
        PreparedStatement sentence = tx.Statement("INSERT OR IGNORE INTO sentences(paragraph_id, start, article_id, end, role, file, line, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        foreach (SentenceFact s in facts.Sentences)
        {
            long paragraph = StoreKeys.Of(s.ParagraphId);
            keys.Sentences.Add((paragraph, s.Start));
            (string file, int line) = primary[s.ParagraphId];
            tx.Run(sentence.Bind(1, paragraph).Bind(2, s.Start).Bind(3, id).Bind(4, s.End).Bind(5, s.Role).Bind(6, file).Bind(7, line).Bind(8, rev));
        }

        PreparedStatement mention = tx.Statement("INSERT OR IGNORE INTO mentions(article_id, paragraph_id, start, end, entity_id, kind, confidence, sentence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? lastParagraph = null;
        long paragraphKey = 0;
        foreach (MentionFact m in facts.Mentions)
        {
            if (!ReferenceEquals(m.ParagraphId, lastParagraph))
            {
                (lastParagraph, paragraphKey) = (m.ParagraphId, StoreKeys.Of(m.ParagraphId));
            }

            counts[m.EntityId] = counts.GetValueOrDefault(m.EntityId) + 1;
            tx.Run(mention.Bind(1, id).Bind(2, paragraphKey).Bind(3, m.Start).Bind(4, m.End).Bind(5, m.EntityId).Bind(6, m.Kind).Bind(7, m.Confidence).Bind(8, m.Sentence));
        }

        PreparedStatement entity = tx.Statement("INSERT INTO article_entities(article_id, entity_id, mentions, definition, confidence, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        PreparedStatement definition = tx.Statement("INSERT OR IGNORE INTO definitions(id, name, type, subtype, aliases, discovered) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        foreach (ObservationFact o in facts.Observations)
        {
            int mentions = counts.GetValueOrDefault(o.EntityId);
            keys.Entities.Add(o.EntityId);
            if (mentions > 0)
            {
                keys.MentionCounts.Add((o.EntityId, key));
            }

            long definitionKey = DefinitionKey(o);
            tx.Run(definition.Bind(1, definitionKey).Bind(2, o.Name).Bind(3, o.Type).Bind(4, o.Subtype).Bind(5, o.Aliases).Bind(6, o.Discovered));
            tx.Run(entity.Bind(1, id).Bind(2, o.EntityId).Bind(3, mentions).Bind(4, definitionKey).Bind(5, o.Confidence).Bind(6, rev));
        }

        PreparedStatement learned = tx.Statement("INSERT OR IGNORE INTO learned_aliases(article_id, entity_id, alias, paragraph_id, file, line, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        foreach (LearnedAliasFact l in facts.LearnedAliases)
        {
            keys.Entities.Add(l.EntityId);
            tx.Run(learned.Bind(1, id).Bind(2, l.EntityId).Bind(3, l.Alias).Bind(4, StoreKeys.Of(l.ParagraphId)).Bind(5, l.File).Bind(6, l.Line).Bind(7, l.Start).Bind(8, l.End));
        }
    }

    private static void InsertRelations(StoreTransaction tx, ArticleFacts facts, long id, Dictionary<string, (string File, int Line)> primary, AffectedKeys keys)
    {
        PreparedStatement occurrence = tx.Statement("INSERT OR IGNORE INTO comention_occurrences(a, b, article_id, paragraph_id, sentence, demonym_only) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        foreach (CoMentionOccurrence o in facts.CoMentions)
        {
            keys.Pairs.Add((o.A, o.B));
            long sentence = o.IsSentenceScope ? StoreKeys.Sentence(o.SentenceId).Start : -1;
            tx.Run(occurrence.Bind(1, o.A).Bind(2, o.B).Bind(3, id).Bind(4, StoreKeys.Of(o.ParagraphId)).Bind(5, sentence).Bind(6, o.DemonymOnly));
        }

        PreparedStatement evidence = tx.Statement(
            """
            INSERT OR IGNORE INTO claim_evidence(claim_id, article_id, paragraph_id, sentence, start, end, file, line, trigger, confidence, subject,
                predicate, predicate_class, object, negated, hedged, source, time, qualifier)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
            """);
        foreach (ClaimEvidenceFact c in facts.ClaimEvidence)
        {
            long claim = StoreKeys.Of(c.ClaimId);
            keys.Claims.Add(claim);
            (string file, int line) = primary[c.ParagraphId];
            tx.Run(evidence.Bind(1, claim).Bind(2, id).Bind(3, StoreKeys.Of(c.ParagraphId)).Bind(4, StoreKeys.Sentence(c.SentenceId).Start).Bind(5, c.Start).Bind(6, c.End)
                .Bind(7, file).Bind(8, line).Bind(9, c.Trigger).Bind(10, c.Confidence).Bind(11, c.Subject).Bind(12, c.Predicate).Bind(13, c.PredicateClass)
                .Bind(14, c.Object).Bind(15, c.Negated).Bind(16, c.Hedged).Bind(17, c.Source).Bind(18, c.Time).Bind(19, c.Qualifier));
        }
    }

    /// <summary>The definition's key: a hash of its fields, so equal definitions share one row whatever the article.</summary>
    private static long DefinitionKey(ObservationFact o)
    {
        var hash = new StableHash();
        hash.Add(o.Name);
        hash.Add(o.Type);
        hash.Add(o.Subtype);
        hash.Add(o.Aliases);
        hash.Add(o.Discovered);
        return StoreKeys.Of(hash.Hex());
    }
}
