namespace KnowledgeGraph.Model;

/// <summary>
/// A surface form of an entity. <see cref="When"/> lists entity ids of which at least one must be mentioned
/// in the same article for the alias to apply (the rule that tells two claimants of one alias apart).
/// </summary>
internal sealed record Alias(string Text, bool CaseSensitive, IReadOnlyList<string> When)
{
    public static Alias Plain(string text) => new(text, false, []);
}
