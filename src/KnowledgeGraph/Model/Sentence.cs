namespace KnowledgeGraph.Model;

/// <summary>
/// A sentence: half-open character range [<see cref="Start"/>, <see cref="End"/>) into its paragraph's text,
/// and the half-open token range [<see cref="TokenStart"/>, <see cref="TokenEnd"/>) into the paragraph's tokens.
/// </summary>
internal readonly record struct Sentence(int Start, int End, int TokenStart, int TokenEnd)
{
    public int Length => End - Start;
}
