namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>What went wrong on one sentence: expected claims not found and claims found but not expected.</summary>
internal sealed record SentenceOutcome(ClaimEvalSentence Sentence, IReadOnlyList<string> Missing, IReadOnlyList<string> Spurious);
