using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// An entity linked to the queried one: the claims between the two (strongest first, all their sentences), the
/// co-mention record (score, counts; null when only claims join them), the co-mention sentences not already shown under
/// a claim (most direct first), and <see cref="EvidenceCount"/>, the distinct sentences behind the link in all.
/// </summary>
internal sealed record Neighbour(
    EntityRecord Entity, IReadOnlyList<ClaimView> Claims, CoMentionRecord? CoMention, IReadOnlyList<EvidenceSentence> Evidence, int EvidenceCount);
