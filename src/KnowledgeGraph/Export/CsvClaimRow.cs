namespace KnowledgeGraph.Export;

/// <summary>
/// A row of claims.csv. AssertedBy is the claim's source (author or named speaker); evidence columns list the
/// supporting sentences' ids and "file:line" locations, separated by spaces, and the first sentence's text.
/// </summary>
internal sealed record CsvClaimRow(
    string Id, string Subject, string Predicate, string PredicateClass, string Object, bool Negated, bool Hedged,
    string? AssertedBy, string? Time, string? Qualifier, double Confidence, string EvidenceSentenceIds,
    string EvidenceLocations, string? EvidenceText);
