namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>The five predicate classes, in the spirit of the CAMEO/PLOVER quad classes plus structural relations.</summary>
internal static class PredicateClasses
{
    public const string VerbalCooperation = "verbal_cooperation";
    public const string MaterialCooperation = "material_cooperation";
    public const string VerbalConflict = "verbal_conflict";
    public const string MaterialConflict = "material_conflict";
    /// <summary>Roles, membership, location and geography rather than events.</summary>
    public const string Structural = "structural";

    public static IReadOnlyList<string> All { get; } =
        [VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict, Structural];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
