namespace KnowledgeGraph.Eval;

/// <summary>What the pipeline found in each paragraph of the evaluated files: entity ids by paragraph content id, and each id's type.</summary>
internal sealed class EntityPredictions
{
    public Dictionary<string, HashSet<string>> Paragraphs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);
}
