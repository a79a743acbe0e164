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
    /// <summary>Word sequences after "it" that make it expletive whatever follows ("comes to", "turns out"), lower case, split on spaces.</summary>
    public IReadOnlyList<string[]> Phrases { get; init; } = [];

    public static ExpletiveCues Empty { get; } = new();
}
