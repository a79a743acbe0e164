namespace KnowledgeGraph.Eval;

/// <summary>The outcome of an entity evaluation: overall and per-type scores, and every error for inspection.</summary>
internal sealed class EntityEvalResult
{
    public Score Overall { get; } = new();
    public SortedDictionary<string, Score> ByType { get; } = new(StringComparer.Ordinal);
    /// <summary>"file:line  +key" for a false positive, "-key" for a false negative.</summary>
    public List<string> Errors { get; } = [];
    public int Paragraphs { get; set; }
    /// <summary>Annotated paragraphs whose text was not found in the corpus (a stale evaluation set).</summary>
    public List<string> Missing { get; } = [];

    public Score Type(string type)
    {
        if (!ByType.TryGetValue(type, out Score? score))
        {
            score = new Score();
            ByType.Add(type, score);
        }

        return score;
    }
}
