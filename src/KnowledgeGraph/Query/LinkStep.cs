using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// One edge of a link path, read from <see cref="From"/> to <see cref="To"/>: its weight and cost, the co-mention
/// record (null when only claims join the pair) with up to the requested number of evidence sentences, and every
/// claim between the pair in either direction.
/// </summary>
internal sealed record LinkStep(
    EntityRecord From, EntityRecord To, double Weight, double Cost, CoMentionRecord? CoMention,
    IReadOnlyList<EvidenceSentence> Evidence, IReadOnlyList<ClaimView> Claims);
