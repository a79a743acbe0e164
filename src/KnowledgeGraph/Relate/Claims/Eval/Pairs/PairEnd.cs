using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>
/// One end of an annotated relation as the pipeline read it: the paragraph and sentence holding the span (-1 when no
/// paragraph does), the entities named or referred to inside the span, and the claims of that sentence.
/// </summary>
internal sealed record PairEnd(int Paragraph, int Sentence, HashSet<string> Entities, List<Claim> Claims);
