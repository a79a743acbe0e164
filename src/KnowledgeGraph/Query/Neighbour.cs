using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>An entity co-mentioned with the queried one: the co-mention record (score, counts) and sample evidence.</summary>
internal sealed record Neighbour(EntityRecord Entity, CoMentionRecord CoMention, IReadOnlyList<EvidenceSentence> Evidence);
