using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// One edge of a link path, read from <see cref="From"/> to <see cref="To"/>: its weight and cost, every claim between
/// the pair in either direction (strongest first, each with all its sentences), the co-mention record (null when only
/// claims join the pair), the co-mention sentences not already shown under a claim (most direct first), and
/// <see cref="EvidenceCount"/>, the distinct sentences behind the edge in all.
/// </summary>
internal sealed record LinkStep(
    EntityRecord From, EntityRecord To, double Weight, double Cost, IReadOnlyList<ClaimView> Claims, CoMentionRecord? CoMention,
    IReadOnlyList<EvidenceSentence> Evidence, int EvidenceCount);
