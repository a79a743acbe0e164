using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The fixed whitelist of node labels and relationship types the loader may write. Labels and types cannot be
/// Cypher parameters, so they are spliced into statement templates; only names listed here ever are, never text.
/// </summary>
internal static partial class GraphVocabulary
{
    /// <summary>The label every entity node carries besides its type label.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>Entity type labels: the names of <see cref="EntityType"/>.</summary>
    public static IReadOnlyList<string> EntityTypeLabels { get; } = Enum.GetNames<EntityType>();

    /// <summary>Every node label of the model.</summary>
    public static IReadOnlyList<string> NodeLabels { get; } = [EntityLabel, .. EntityTypeLabels, "Article", "Sentence", "Claim"];

    /// <summary>Relationship types of the model itself; a claim predicate may never take one of these names.</summary>
    public static IReadOnlyList<string> ModelRelationshipTypes { get; } =
        ["MENTIONED_IN", "CO_MENTIONED", "IN", "MENTIONS", "EVIDENCE_FOR", "SUBJECT", "OBJECT"];

    /// <summary>
    /// Claim predicates written as typed shortcut edges. Extend this list when the predicate lexicon
    /// (gazetteers/predicates.yaml) gains a predicate; a predicate missing here still gets its (:Claim) node,
    /// only the typed shortcut edge is skipped (and counted in the load report).
    /// </summary>
    public static IReadOnlyList<string> ClaimPredicates { get; } =
    [
        "HOSTS", "SUPPORTS", "ATTACKS", "MEETS", "VISITS", "NEGOTIATES_WITH", "MEDIATES", "MEDIATES_BETWEEN",
        "SIGNS_AGREEMENT_WITH", "COOPERATES_WITH", "PRAISES", "CRITICISES", "CONDEMNS", "ACCUSES", "THREATENS",
        "WARNS", "OPPOSES", "RECOGNISES", "FUNDS", "INVESTS_IN", "BUILDS", "OPERATES", "TRADES_WITH", "SUPPLIES",
        "ARMS", "TRAINS", "SHELTERS", "PROTECTS", "SANCTIONS", "FIGHTS", "KILLS", "TARGETS", "DEPORTS", "BORDERS",
        "MEMBER_OF", "PART_OF", "LEADS", "HOLDS_ROLE_IN", "BASED_IN", "ALLIED_WITH", "AFFILIATE_OF", "AIDS",
        "LENDS_TO", "EXTRACTS_FROM", "CLAIMS_RESPONSIBILITY_FOR", "ENGAGES_WITH", "EVACUATES", "PLEDGES_TO",
    ];

    private static readonly FrozenSet<string> Labels = EntityTypeLabels.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Predicates =
        ClaimPredicates.Except(ModelRelationshipTypes, StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="label"/> is one of the seven entity type labels (exact case).</summary>
    public static bool IsEntityTypeLabel(string? label) => label is not null && Labels.Contains(label);

    /// <summary>True when <paramref name="predicate"/> matches ^[A-Z_]+$, is a known predicate and is not a model type.</summary>
    public static bool IsClaimPredicate(string? predicate) =>
        predicate is not null && IdentifierPattern().IsMatch(predicate) && Predicates.Contains(predicate);

    [GeneratedRegex("^[A-Z_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
