namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>A checked annotated sentence: provenance, text, optional article date, expected claims.</summary>
internal sealed record ClaimEvalSentence(string File, int Line, string Text, string? Date, IReadOnlyList<ExpectedClaim> Claims)
{
    public string Where => $"{File}:{Line}";
}
