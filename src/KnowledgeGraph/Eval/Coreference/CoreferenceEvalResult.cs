namespace KnowledgeGraph.Eval.Coreference;

/// <summary>
/// Scores of resolved references against tests/eval/coreference.yaml: every reference, the sure ones alone (those
/// counted as mentions for co-mention edges), and every reference per part of the set (a VOA split, or `seed`).
/// </summary>
internal sealed class CoreferenceEvalResult
{
    public Score Overall { get; } = new();
    public Score Sure { get; } = new();
    public SortedDictionary<string, Score> ByPart { get; } = new(StringComparer.Ordinal);
    /// <summary>Right and wrong resolved references per confidence band ("0.90-1.00"): how well confidence is calibrated.</summary>
    public SortedDictionary<string, (int Right, int Wrong)> ByConfidence { get; } = new(StringComparer.Ordinal);
    public int Paragraphs { get; set; }
    public int Annotated { get; set; }
    /// <summary>"file:line  +it@34 → china (0.92), gold djibouti" lines for --verbose.</summary>
    public List<string> Errors { get; } = [];
    /// <summary>Annotated paragraphs the pipeline never produced (file moved, line changed).</summary>
    public List<string> Missing { get; } = [];

    public Score Part(string part)
    {
        if (!ByPart.TryGetValue(part, out Score? score))
        {
            ByPart[part] = score = new Score();
        }

        return score;
    }
}
