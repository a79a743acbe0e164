namespace KnowledgeGraph.Query;

/// <summary>
/// A role the text asserts for an entity, once however many sentences repeat it: "President of China", from a
/// HOLDS_ROLE_IN or LEADS claim with its title, and how many sentences say so (the claim carries them all).
/// </summary>
internal sealed record EntityRole(string Title, string OfId, string Of, string Predicate, int EvidenceCount, ClaimView Claim)
{
    /// <summary>"President of China".</summary>
    public string Text => $"{Title} of {Of}";
}
