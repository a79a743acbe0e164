namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// Result of a claim evaluation: overall and per-predicate scores, hedge agreement on matched claims, and the
/// sentences with errors. <see cref="Mode"/> says where mentions came from ("gold mentions" or "pipeline").
/// </summary>
internal sealed record ClaimEvalReport(
    string Mode,
    int Sentences,
    PredicateScore Overall,
    IReadOnlyList<PredicateScore> ByPredicate,
    int HedgeAgreements,
    int LowConfidence,
    IReadOnlyList<SentenceOutcome> Errors);
