using KnowledgeGraph.Model;

namespace KnowledgeGraph.Build;

/// <summary>
/// Turns a processed <see cref="Document"/> into <see cref="ArticleFacts"/>. Only paragraphs whose role feeds
/// extraction (Title, Body) contribute sentences, mentions, claims and co-mentions; a paragraph that occurs twice in
/// the article contributes once. Locations are sorted (file, then line), so the first one is the primary location.
/// </summary>
internal static class ArticleFactsBuilder
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Entity, ObservationFact> Observations = [];

    public static ArticleFacts Build(string articleId, Document doc)
    {
        var facts = new ArticleFacts
        {
            ArticleId = articleId,
            ContentHash = doc.Id,
            Title = doc.Title?.Trim(),
            Date = doc.Meta.Date,
            Outlet = doc.Meta.Outlet,
            Url = doc.Meta.Url,
            Author = doc.Meta.Author,
            Words = CountWords(doc),
        };
        facts.Locations.AddRange(Sorted(doc.Locations));
        var observations = new SortedDictionary<string, ObservationFact>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            var locations = Sorted(paragraph.Locations);
            facts.Paragraphs.Add(new ParagraphFact(paragraph.Index, paragraph.Id, paragraph.Role.WireName(), paragraph.Text, locations));
            if (!paragraph.Role.FeedsExtraction() || !seen.Add(paragraph.Id))
            {
                continue;
            }

            AddLayers(paragraph, facts, observations);
        }

        foreach (LearnedAlias learned in doc.LearnedAliases)
        {
            facts.LearnedAliases.Add(new LearnedAliasFact(
                learned.EntityId, learned.Alias, learned.ParagraphId, learned.Location.File, learned.Location.Line, learned.Start, learned.End));
        }

        facts.Observations.AddRange(observations.Values);
        facts.CoMentions.AddRange(CoMentionExtractor.Extract(doc));
        facts.ResultHash = ResultHash(facts);
        return facts;
    }

    private static void AddLayers(Paragraph paragraph, ArticleFacts facts, SortedDictionary<string, ObservationFact> observations)
    {
        string role = paragraph.Role.WireName();
        foreach (Sentence sent in paragraph.Sentences)
        {
            facts.Sentences.Add(new SentenceFact(paragraph.Id, role, sent.Start, sent.End));
        }

        var offsets = new HashSet<(int, int, string)>();
        foreach (Mention mention in paragraph.Mentions)
        {
            if (!offsets.Add((mention.Start, mention.End, mention.Entity.Id)))
            {
                continue;
            }

            facts.Mentions.Add(new MentionFact(
                paragraph.Id, mention.Start, mention.End, mention.Entity.Id, mention.Kind.WireName(), Math.Round(mention.Confidence, 6),
                SentenceStart(paragraph, mention.Sentence)));
            Observe(mention.Entity, observations);
        }

        foreach (Claim claim in paragraph.Claims)
        {
            Observe(claim.Subject, observations);
            Observe(claim.Object, observations);
            facts.ClaimEvidence.Add(new ClaimEvidenceFact(
                StoreIds.Claim(claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated), StoreIds.Sentence(paragraph, claim.Sentence),
                paragraph.Id, claim.Start, claim.End, claim.Trigger, Math.Round(claim.Confidence, 6), claim.Subject.Id, claim.Predicate,
                claim.PredicateClass, claim.Object.Id, claim.Negated, claim.Hedged, claim.Source, claim.Time, claim.Qualifier));
        }
    }

    private static int SentenceStart(Paragraph paragraph, int sentenceIndex) =>
        (uint)sentenceIndex < (uint)paragraph.Sentences.Length ? paragraph.Sentences[sentenceIndex].Start : 0;

    private static void Observe(Entity entity, SortedDictionary<string, ObservationFact> observations)
    {
        if (!observations.ContainsKey(entity.Id))
        {
            observations[entity.Id] = Observations.GetValue(entity, Observation);
        }
    }

    /// <summary>An entity's observation depends only on the entity object (gazetteer entries are shared): built once per entity.</summary>
    private static ObservationFact Observation(Entity entity)
    {
        var aliases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Alias alias in entity.Aliases)
        {
            aliases.Add(alias.Text);
        }

        aliases.UnionWith(entity.Acronyms);
        aliases.Remove(entity.Name);
        return new ObservationFact(
            entity.Id, entity.Name, entity.Type.ToString(), entity.Subtype, string.Join('\n', aliases), entity.IsDiscovered,
            Math.Round(entity.Confidence, 6));
    }

    private static List<(string File, int Line)> Sorted(List<SourceLocation> locations) =>
        locations.Count == 1 ? [(locations[0].File, locations[0].Line)] : locations.Select(l => (l.File, l.Line)).Distinct().Order(LocationComparer.Instance).ToList();

    private static int CountWords(Document doc)
    {
        int words = 0;
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            bool inWord = false;
            foreach (char c in paragraph.Text)
            {
                bool letter = !char.IsWhiteSpace(c);
                words += letter && !inWord ? 1 : 0;
                inWord = letter;
            }
        }

        return words;
    }

    private static string ResultHash(ArticleFacts facts)
    {
        var hash = new StableHash();
        foreach (SentenceFact row in facts.Sentences)
        {
            hash.Add(row.ParagraphId);
            hash.Add(row.Role);
            hash.Add(row.Start);
            hash.Add(row.End);
        }

        foreach (MentionFact row in facts.Mentions)
        {
            hash.Add(row.ParagraphId);
            hash.Add(row.Start);
            hash.Add(row.End);
            hash.Add(row.EntityId);
            hash.Add(row.Kind);
            hash.Add(row.Confidence);
            hash.Add(row.Sentence);
        }

        foreach (ObservationFact row in facts.Observations)
        {
            hash.Add(row.EntityId);
            hash.Add(row.Name);
            hash.Add(row.Type);
            hash.Add(row.Subtype);
            hash.Add(row.Aliases);
            hash.Add(row.Discovered);
            hash.Add(row.Confidence);
        }

        foreach (LearnedAliasFact row in facts.LearnedAliases)
        {
            hash.Add(row.ToString());
        }

        foreach (ClaimEvidenceFact row in facts.ClaimEvidence)
        {
            hash.Add(row.ToString());
        }

        return hash.Hex();
    }
}
