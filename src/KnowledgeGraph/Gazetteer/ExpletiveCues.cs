namespace KnowledgeGraph.Gazetteer;

/// <summary>The word lists (coreference.yaml, `expletive:`) that tell an expletive "it" ("it is important to") from a reference.</summary>
internal sealed record ExpletiveCues
{
    public IReadOnlySet<string> Verbs { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Raisers { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Adjectives { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Participles { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> ClauseWords { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Determiners { get; init; } = new HashSet<string>();

    public static ExpletiveCues Empty { get; } = new();
}
