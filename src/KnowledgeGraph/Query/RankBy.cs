namespace KnowledgeGraph.Query;

/// <summary>
/// How answers are ranked (`--rank`), the same three choices for every query; each query has its own default.
/// <list type="bullet">
/// <item><see cref="Pmi"/>: the association score (PMI with the Pantel–Lin discount): pairs that meet more often than
/// their own frequencies predict; favours specific partners over ubiquitous ones.</item>
/// <item><see cref="Count"/>: how often: sentences naming both (with claim evidence for paths and claims).</item>
/// <item><see cref="Claims"/>: what the text asserts first: claims (by confidence), then how often.</item>
/// </list>
/// </summary>
internal enum RankBy
{
    /// <summary>Association score.</summary>
    Pmi,

    /// <summary>Co-occurrence count.</summary>
    Count,

    /// <summary>Asserted claims first, then count.</summary>
    Claims,
}
