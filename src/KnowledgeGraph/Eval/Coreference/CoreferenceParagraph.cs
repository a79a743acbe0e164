namespace KnowledgeGraph.Eval.Coreference;

/// <summary>One annotated paragraph of tests/eval/coreference.yaml: file (relative to the repository root), 1-based line, split, gold references.</summary>
internal sealed record CoreferenceParagraph(string File, int Line, string? Split, IReadOnlyList<GoldReference> References)
{
    public string Where => $"{File}:{Line}";
}
