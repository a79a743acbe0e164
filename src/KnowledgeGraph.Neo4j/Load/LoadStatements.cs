using System.Text.RegularExpressions;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Neo4j.Load;

/// <summary>
/// The loader's statements, read from cypher/load/*.cypher. Two are templates with a placeholder name that is
/// itself valid Cypher (TYPE_LABEL, PREDICATE_TYPE), replaced only by names from <see cref="GraphVocabulary"/>.
/// </summary>
internal static partial class LoadStatements
{
    public const string EntitiesName = "load/entities";
    public const string ArticlesName = "load/articles";
    public const string SentencesName = "load/sentences";
    public const string MentionsName = "load/mentions";
    public const string CoMentionsName = "load/comentions";
    public const string ClaimsName = "load/claims";
    public const string ClaimEdgesName = "load/claim-edges";

    /// <summary>Delete statements by tombstone kind, in the order they run (edges before the nodes they hang on).</summary>
    public static IReadOnlyList<(string Kind, string Name)> Deletions { get; } =
    [
        ("claim", "load/delete-claims"),
        ("comention", "load/delete-comentions"),
        ("mention", "load/delete-mentions"),
        ("sentence", "load/delete-sentences"),
        ("article", "load/delete-articles"),
        ("entity", "load/delete-entities"),
    ];

    /// <summary>The statements of cypher/schema.cypher, one per request.</summary>
    public static IReadOnlyList<string> Schema() => CypherLibrary.SplitStatements(CypherLibrary.Get("schema"));

    /// <summary>The entity upsert for one type label; throws KG7003 for a label not in the whitelist.</summary>
    public static string Entities(string label) =>
        GraphVocabulary.IsEntityTypeLabel(label)
            ? TypeLabel().Replace(CypherLibrary.Get(EntitiesName), label)
            : throw new KgException(ErrorCodes.Neo4jCypher, $"'{label}' is not an entity type label");

    /// <summary>The typed claim edge upsert for one predicate; throws KG7003 for a predicate not in the whitelist.</summary>
    public static string ClaimEdges(string predicate) =>
        GraphVocabulary.IsClaimPredicate(predicate)
            ? PredicateType().Replace(CypherLibrary.Get(ClaimEdgesName), predicate)
            : throw new KgException(ErrorCodes.Neo4jCypher, $"'{predicate}' is not a known claim predicate");

    /// <summary>Every statement the loader can send, by a name that says what was bound (for the statement checks).</summary>
    public static IEnumerable<(string Name, string Text)> Every()
    {
        for (int i = 0; i < Schema().Count; i++)
        {
            yield return ($"schema#{i + 1}", Schema()[i]);
        }

        foreach (string label in GraphVocabulary.EntityTypeLabels)
        {
            yield return ($"{EntitiesName}[{label}]", Entities(label));
        }

        foreach (string name in new[] { ArticlesName, SentencesName, MentionsName, CoMentionsName, ClaimsName })
        {
            yield return (name, CypherLibrary.Get(name));
        }

        foreach (string predicate in GraphVocabulary.ClaimPredicates)
        {
            yield return ($"{ClaimEdgesName}[{predicate}]", ClaimEdges(predicate));
        }

        foreach ((string _, string name) in Deletions)
        {
            yield return (name, CypherLibrary.Get(name));
        }
    }

    [GeneratedRegex(@"\bTYPE_LABEL\b", RegexOptions.CultureInvariant)]
    private static partial Regex TypeLabel();

    [GeneratedRegex(@"\bPREDICATE_TYPE\b", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateType();
}
