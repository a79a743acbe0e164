using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// Everything a query or an export needs, read once from an <see cref="IGraphReader"/> and indexed by id.
/// The analysis graphs (<see cref="Graph"/>, <see cref="GraphFor"/>) are built on first use.
/// </summary>
internal sealed class GraphSnapshot
{
    private readonly Lazy<WeightedGraph> graph;
    private readonly Lazy<WeightedGraph> graphWithDemonyms;
    private readonly Dictionary<string, List<CoMentionRecord>> coMentionsByEntity = new(StringComparer.Ordinal);
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
        }

        foreach (ClaimRecord claim in Claims)
        {
            Add(claimsByEntity, claim.Subject, claim);
            if (claim.Object != claim.Subject)
            {
                Add(claimsByEntity, claim.Object, claim);
            }
        }

        graph = new Lazy<WeightedGraph>(() => EntityGraphBuilder.Build(Entities, CoMentions, Claims));
        graphWithDemonyms = new Lazy<WeightedGraph>(() => EntityGraphBuilder.Build(Entities, CoMentions, Claims, includeDemonymOnly: true));
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

    /// <summary>The undirected weighted entity graph without demonym-only co-mentions (see <see cref="EntityGraphBuilder"/>).</summary>
    public WeightedGraph Graph => graph.Value;

    /// <summary><see cref="Graph"/>, or the graph that also holds demonym-only co-mentions.</summary>
    public WeightedGraph GraphFor(bool includeDemonyms) => includeDemonyms ? graphWithDemonyms.Value : graph.Value;

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

    /// <summary>The stored sentences among <paramref name="ids"/>, in the given order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<EvidenceSentence> Evidence(IEnumerable<string> ids, int limit = int.MaxValue)
    {
        var result = new List<EvidenceSentence>();
        foreach (string id in ids)
        {
            if (result.Count >= limit)
            {
                break;
            }

            if (SentencesById.TryGetValue(id, out SentenceRecord? sent))
            {
                result.Add(new EvidenceSentence(sent.Id, sent.File, sent.Line, sent.Text));
            }
        }

        return result;
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out List<T>? list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }
}
