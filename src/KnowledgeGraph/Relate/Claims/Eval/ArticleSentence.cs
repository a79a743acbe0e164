using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// What the pipeline found in one annotated sentence read inside its article: the claims whose evidence lies in the
/// sentence, and the entities its mentions and references name (for error listings).
/// </summary>
internal sealed record ArticleSentence(IReadOnlyList<Claim> Claims, IReadOnlyList<string> Named);
