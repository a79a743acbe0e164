using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Query;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.View;

/// <summary>
/// Turns a store snapshot into the data of one page (<see cref="ViewModel"/>): every entity (or, with a focus, those
/// within the hops of one entity) and its co-mention and claim edges, at most <see cref="ViewOptions.MaxEdges"/> of
/// them: claims first (they are few and asserted), then co-mentions by weight. When edges are left out, so are
/// entities left without one, and the page carries a note saying so.
/// </summary>
internal static class ViewModelBuilder
{
    /// <summary>Builds the page data; <paramref name="options"/> must be validated.</summary>
    /// <exception cref="Diagnostics.KgException">KG8001/KG8002 when the focus names no entity or several.</exception>
    public static ViewModel Build(GraphSnapshot snapshot, ViewOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        WeightedGraph graph = snapshot.GraphFor(options.IncludeDemonyms);
        ViewFocus? focus = null;
        Func<string, bool> inScope = _ => true;
        if (options.Focus is not null)
        {
            EntityRecord centre = new EntityResolver(snapshot.Entities).Resolve(options.Focus);
            IReadOnlyDictionary<int, int> near = Neighbourhood.Within(graph, graph.IndexOf(centre.Id), options.Hops);
            inScope = id => graph.IndexOf(id) is int node and >= 0 && near.ContainsKey(node);
            focus = new ViewFocus(centre.Id, options.Hops);
        }

        var evidence = new EvidenceTable(snapshot);
        List<ViewEdge> candidates = Claims(snapshot, inScope, evidence).Concat(CoMentions(snapshot, options, inScope, evidence)).ToList();
        List<ViewEdge> edges = candidates.Take(options.MaxEdges).ToList();
        bool limited = edges.Count < candidates.Count;
        var linked = new HashSet<string>(edges.SelectMany(e => new[] { e.Source, e.Target }), StringComparer.Ordinal);
        double[] weight = WeightedDegree.Compute(graph);
        var nodes = snapshot.Entities
            .Where(e => inScope(e.Id) && (!limited || linked.Contains(e.Id) || e.Id == focus?.Id))
            .Select(e => Node(e, graph.IndexOf(e.Id) is int n and >= 0 ? weight[n] : 0.0, snapshot, evidence))
            .ToList();
        string? note = limited
            ? string.Create(CultureInfo.InvariantCulture, $"Showing the {edges.Count:N0} strongest of {candidates.Count:N0} edges (claims first, then co-mentions by sentences); entities left without an edge are not drawn. Use --max-edges or --focus to see more.")
            : null;
        string title = focus is null ? "KnowledgeGraph" : $"KnowledgeGraph: {snapshot.NameOf(focus.Id)} and {focus.Hops} hop{(focus.Hops == 1 ? "" : "s")} around";
        return new ViewModel(title, snapshot.Revision, note, focus, ViewStyles.NodeTypes(snapshot.Entities.Select(e => e.Type)), ViewStyles.CoMention(),
            PredicateClasses.All, nodes, edges, evidence.Sentences);
    }

    private static IEnumerable<ViewEdge> Claims(GraphSnapshot snapshot, Func<string, bool> inScope, EvidenceTable evidence) =>
        snapshot.Claims
            .Where(c => snapshot.EntitiesById.ContainsKey(c.Subject) && snapshot.EntitiesById.ContainsKey(c.Object) && inScope(c.Subject) && inScope(c.Object))
            .Select(c => (Claim: c, Weight: EntityGraphBuilder.ClaimWeight(c)))
            .OrderByDescending(p => p.Weight).ThenByDescending(p => p.Claim.Confidence).ThenBy(p => p.Claim.Id, StringComparer.Ordinal)
            .Select(p => Claim(p.Claim, p.Weight, snapshot, evidence));

    private static IEnumerable<ViewEdge> CoMentions(GraphSnapshot snapshot, ViewOptions options, Func<string, bool> inScope, EvidenceTable evidence) =>
        snapshot.CoMentions
            .Where(p => (options.IncludeDemonyms || !p.DemonymOnly) && snapshot.EntitiesById.ContainsKey(p.A) && snapshot.EntitiesById.ContainsKey(p.B) && inScope(p.A) && inScope(p.B))
            .OrderByDescending(EntityGraphBuilder.CoMentionWeight).ThenByDescending(p => p.Score).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)
            .Select(p => CoMention(p, options.MaxEvidence, evidence));

    private static ViewEdge CoMention(CoMentionRecord pair, int maxEvidence, EvidenceTable evidence)
    {
        var cited = pair.EvidenceSentenceIds.Select(evidence.Cite).Where(n => n >= 0).Take(maxEvidence).Select(n => new ViewEvidence(n, null)).ToList();
        return new ViewEdge($"m:{pair.A}|{pair.B}", "comention", pair.A, pair.B, EntityGraphBuilder.CoMentionWeight(pair), pair.First, pair.Last, cited, pair.EvidenceSentenceIds.Count)
        {
            Sentences = pair.Sentences,
            Paragraphs = pair.Paragraphs,
            Articles = pair.Articles,
            Score = Math.Round(pair.Score, 3),
            DemonymOnly = pair.DemonymOnly,
        };
    }

    private static ViewEdge Claim(ClaimRecord claim, double weight, GraphSnapshot snapshot, EvidenceTable evidence)
    {
        var cited = claim.Evidence.Select(e => (Number: evidence.Cite(e.SentenceId), e.Trigger)).Where(e => e.Number >= 0).Select(e => new ViewEvidence(e.Number, e.Trigger)).ToList();
        var dates = claim.Evidence
            .Select(e => snapshot.ArticlesById.TryGetValue(e.ArticleId, out ArticleRecord? article) ? article.Date : null)
            .Where(d => !string.IsNullOrEmpty(d)).Select(d => d!).Order(StringComparer.Ordinal).ToList();
        string? first = claim.Time ?? dates.FirstOrDefault();
        string? last = claim.Time ?? dates.LastOrDefault();
        return new ViewEdge($"c:{claim.Id}", "claim", claim.Subject, claim.Object, weight, first, last, cited, claim.Evidence.Count)
        {
            Predicate = claim.Predicate,
            Class = claim.PredicateClass,
            Negated = claim.Negated,
            Hedged = claim.Hedged,
            Claimant = claim.Source,
            Time = claim.Time,
            Qualifier = claim.Qualifier,
            Confidence = Math.Round(claim.Confidence, 2),
        };
    }

    private static ViewNode Node(EntityRecord entity, double weight, GraphSnapshot snapshot, EvidenceTable evidence)
    {
        var roles = snapshot.ClaimsOf(entity.Id)
            .Where(c => c is { Predicate: "HOLDS_ROLE_IN" or "LEADS", Negated: false, Confidence: >= 0.6 } && c.Subject == entity.Id && entity.Type == "Person")
            .Select(c => new ViewRole(c.Qualifier ?? (c.Predicate == "LEADS" ? "leader" : "member"), c.Object, c.Evidence.Select(e => evidence.Cite(e.SentenceId)).Where(n => n >= 0).ToList()))
            .ToList();
        return new ViewNode(entity.Id, entity.Name, entity.Type, entity.Subtype, entity.Aliases, entity.Mentions, weight, entity.Discovered, roles);
    }
}
