namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>A checked annotated sentence: provenance, text, optional article date, expected claims.</summary>
internal sealed record ClaimEvalSentence(string File, int Line, string Text, string? Date, IReadOnlyList<ExpectedClaim> Claims)
{
    /// <summary>Surface forms that replace the entity table's for this sentence (gold mentions only).</summary>
    public IReadOnlyList<SurfaceForm> Overrides { get; init; } = [];

    /// <summary>dev or test on sets of unseen articles; null on the seed sets.</summary>
    public string? Split { get; init; }

    public string Where => $"{File}:{Line}";
}
