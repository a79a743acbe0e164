namespace KnowledgeGraph.Relate.Claims.Eval.Pairs;

/// <summary>
/// Result of an entity-pair evaluation: overall and per relation type, the number of documents and of claims the
/// pipeline stated in them, and how many of those claims join a pair the annotation relates.
/// </summary>
internal sealed record PairEvalReport(int Documents, PairScore Overall, IReadOnlyList<PairScore> ByType, int Claims, int ClaimsOnGoldPairs);
