using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Everything a query or an export needs, read once from an <see cref="IGraphReader"/> and indexed by id.
/// The analysis graphs (<see cref="Graph"/>, <see cref="GraphFor"/>) are built on first use.
/// </summary>
internal sealed class GraphSnapshot
{
    private readonly Dictionary<(bool Demonyms, RankBy Rank), WeightedGraph> graphs = [];
    private readonly Dictionary<string, List<CoMentionRecord>> coMentionsByEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<(string A, string B), CoMentionRecord> coMentionByPair = [];
    private readonly Dictionary<string, List<SentenceMentionRecord>> mentionsBySentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ClaimRecord>> claimsByEntity = new(StringComparer.Ordinal);

    private GraphSnapshot(IGraphReader reader)
    {
        Revision = reader.Revision;
        Entities = reader.Entities().OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Articles = reader.Articles().ToList();
        Sentences = reader.Sentences().ToList();
        MentionCounts = reader.MentionCounts().ToList();
        CoMentions = reader.CoMentions().ToList();
        Claims = reader.Claims().ToList();
        EntitiesById = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        ArticlesById = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        SentencesById = Sentences.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (CoMentionRecord pair in CoMentions)
        {
            Add(coMentionsByEntity, pair.A, pair);
            Add(coMentionsByEntity, pair.B, pair);
            coMentionByPair[Key(pair.A, pair.B)] = pair;
        }

        foreach (SentenceMentionRecord mention in reader.SentenceMentions())
        {
            Add(mentionsBySentence, mention.SentenceId, mention);
        }

        foreach (ClaimRecord claim in Claims)
        {
            Add(claimsByEntity, claim.Subject, claim);
            if (claim.Object != claim.Subject)
            {
                Add(claimsByEntity, claim.Object, claim);
            }
        }

        Ranker = new EvidenceRanker(this);
    }

    /// <summary>The store revision read; the lists below hold every row of the store.</summary>
    public long Revision { get; }

    /// <summary>Entities ordered by id.</summary>
    public IReadOnlyList<EntityRecord> Entities { get; }
    public IReadOnlyList<ArticleRecord> Articles { get; }
    public IReadOnlyList<SentenceRecord> Sentences { get; }
    public IReadOnlyList<MentionCountRecord> MentionCounts { get; }
    public IReadOnlyList<CoMentionRecord> CoMentions { get; }
    public IReadOnlyList<ClaimRecord> Claims { get; }
    public IReadOnlyDictionary<string, EntityRecord> EntitiesById { get; }
    public IReadOnlyDictionary<string, ArticleRecord> ArticlesById { get; }
    public IReadOnlyDictionary<string, SentenceRecord> SentencesById { get; }

    /// <summary>Ranks the evidence of this snapshot (strongest first).</summary>
    public EvidenceRanker Ranker { get; }

    /// <summary>The undirected weighted entity graph without demonym-only co-mentions (see <see cref="EntityGraphBuilder"/>).</summary>
    public WeightedGraph Graph => GraphFor(includeDemonyms: false);

    /// <summary>
    /// The entity graph, with or without demonym-only co-mentions, weighted for <paramref name="rank"/> (see
    /// <see cref="LinkWeights"/>; built on first use).
    /// </summary>
    public WeightedGraph GraphFor(bool includeDemonyms, RankBy rank = RankBy.Count)
    {
        lock (graphs)
        {
            if (!graphs.TryGetValue((includeDemonyms, rank), out WeightedGraph? graph))
            {
                graph = rank == RankBy.Count
                    ? EntityGraphBuilder.Build(Entities, CoMentions, Claims, includeDemonyms)
                    : EntityGraphBuilder.Build(Entities, CoMentions, Claims, includeDemonyms, LinkWeights.CoMention(rank), LinkWeights.Claim(rank));
                graphs[(includeDemonyms, rank)] = graph;
            }

            return graph;
        }
    }

    /// <summary>The co-mention edge between two entities (either order), or null.</summary>
    public CoMentionRecord? CoMentionBetween(string a, string b) => coMentionByPair.GetValueOrDefault(Key(a, b));

    /// <summary>The mentions inside sentence <paramref name="sentenceId"/> (offsets relative to it), in text order; empty when the store keeps none.</summary>
    public IReadOnlyList<SentenceMentionRecord> MentionsIn(string sentenceId) =>
        mentionsBySentence.TryGetValue(sentenceId, out List<SentenceMentionRecord>? list) ? list : [];

    /// <summary>Reads the whole store.</summary>
    public static GraphSnapshot Load(IGraphReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new GraphSnapshot(reader);
    }

    /// <summary>Co-mention edges touching <paramref name="entityId"/>.</summary>
    public IReadOnlyList<CoMentionRecord> CoMentionsOf(string entityId) =>
        coMentionsByEntity.TryGetValue(entityId, out List<CoMentionRecord>? list) ? list : [];

    /// <summary>Claims with <paramref name="entityId"/> as subject or object.</summary>
    public IReadOnlyList<ClaimRecord> ClaimsOf(string entityId) =>
        claimsByEntity.TryGetValue(entityId, out List<ClaimRecord>? list) ? list : [];

    /// <summary>The display name of an entity id (the id itself when unknown).</summary>
    public string NameOf(string entityId) => EntitiesById.TryGetValue(entityId, out EntityRecord? entity) ? entity.Name : entityId;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out List<T>? list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }
}
