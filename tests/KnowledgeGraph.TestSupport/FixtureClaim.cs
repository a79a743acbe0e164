namespace KnowledgeGraph.TestSupport;

/// <summary>A claim of a fixture graph, asserted by the sentence of a seed line that contains <see cref="Trigger"/>.</summary>
internal sealed record FixtureClaim(
    string Subject, string Predicate, string PredicateClass, string Object, int Line, string Trigger,
    bool Negated = false, bool Hedged = false, string? Source = null, string? Time = null, double Confidence = 0.9);
