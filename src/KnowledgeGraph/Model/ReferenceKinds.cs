namespace KnowledgeGraph.Model;

/// <summary>Wire names of <see cref="ReferenceKind"/>, as written in JSON output.</summary>
internal static class ReferenceKinds
{
    public static string WireName(this ReferenceKind kind) => kind switch
    {
        ReferenceKind.Pronoun => "pronoun",
        ReferenceKind.Possessive => "possessive",
        ReferenceKind.Description => "description",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
