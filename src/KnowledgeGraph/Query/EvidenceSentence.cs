namespace KnowledgeGraph.Query;

/// <summary>
/// A sentence that supports an edge or a claim: its id, where it was read (file, 1-based line), its text, the date of
/// its article, and how directly it joins the two entities it is evidence for (<see cref="Directness"/>, 0..1).
/// </summary>
internal sealed record EvidenceSentence(string SentenceId, string File, int Line, string Text)
{
    /// <summary>The date of the sentence's article, when known.</summary>
    public string? ArticleDate { get; init; }

    /// <summary>
    /// How directly the sentence joins the pair, in (0, 1]: 1 when the two names stand side by side in a sentence
    /// naming nothing else; lower for every other entity named and every word between them; halved when one side is
    /// only a demonym. See <see cref="EvidenceRanker.Directness"/>.
    /// </summary>
    public double Directness { get; init; }

    /// <summary>"file:line", the place to open.</summary>
    public string Where => $"{File}:{Line}";
}
