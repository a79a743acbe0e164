using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// What the pipeline found in one annotated sentence read inside its article: the claims whose evidence lies in the
/// sentence, and the entities its mentions and references name (for error listings). <see cref="Paragraph"/> and
/// [<see cref="Start"/>, <see cref="End"/>) locate the sentence's text in its paragraph (for training on its mentions).
/// </summary>
internal sealed record ArticleSentence(IReadOnlyList<Claim> Claims, IReadOnlyList<string> Named)
{
    public Paragraph? Paragraph { get; init; }

    public int Start { get; init; }

    public int End { get; init; }
}
