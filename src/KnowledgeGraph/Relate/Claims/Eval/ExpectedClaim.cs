namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>An annotated claim: subject and object are entity ids (or names), with the negation and hedge flags.</summary>
internal sealed record ExpectedClaim(string Subject, string Predicate, string Object, bool Negated, bool Hedged)
{
    public override string ToString() =>
        $"{Subject} {Predicate} {Object}{(Negated ? " | negated" : "")}{(Hedged ? " | hedged" : "")}";
}
