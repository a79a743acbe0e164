using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

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
    /// Claim predicates written as typed shortcut edges: the names of gazetteers/predicates.yaml, embedded in this
    /// assembly when it is built, so adding a predicate to the lexicon is enough. A predicate missing here (a lexicon
    /// given with --gazetteers that has one more) still gets its (:Claim) node; only the typed edge is skipped (and counted
    /// in the load report).
    /// </summary>
    public static IReadOnlyList<string> ClaimPredicates { get; } = ReadLexicon();

    private static readonly FrozenSet<string> Labels = EntityTypeLabels.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Predicates =
        ClaimPredicates.Except(ModelRelationshipTypes, StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="label"/> is one of the seven entity type labels (exact case).</summary>
    public static bool IsEntityTypeLabel(string? label) => label is not null && Labels.Contains(label);

    /// <summary>True when <paramref name="predicate"/> matches ^[A-Z_]+$, is a known predicate and is not a model type.</summary>
    public static bool IsClaimPredicate(string? predicate) =>
        predicate is not null && IdentifierPattern().IsMatch(predicate) && Predicates.Contains(predicate);

    private static string[] ReadLexicon()
    {
        const string resource = "gazetteers/predicates.yaml";
        using Stream stream = typeof(GraphVocabulary).Assembly.GetManifestResourceStream(resource)
            ?? throw new KgException(ErrorCodes.Neo4jProtocol, $"{resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return [.. PredicateLexiconLoader.Parse(reader.ReadToEnd(), resource, new DiagnosticBag()).Predicates.Select(p => p.Name)];
    }

    [GeneratedRegex("^[A-Z_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
