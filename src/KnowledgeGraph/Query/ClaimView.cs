using KnowledgeGraph.Store;

namespace KnowledgeGraph.Query;

/// <summary>
/// A claim with its entities' names and every evidence sentence, strongest first (<see cref="EvidenceRanker"/>), and a
/// date taken from its own evidence: the time the strongest sentence stating one states (<see cref="DateSource"/>
/// "text", <see cref="DateFrom"/> that sentence's file:line), else the date of the strongest sentence's article
/// ("article"), else the claim's stored time ("claim", for readers that keep no time per sentence).
/// </summary>
internal sealed record ClaimView(
    ClaimRecord Claim, string SubjectName, string ObjectName, string? Date, string? DateSource, string? DateFrom, IReadOnlyList<ClaimEvidence> Evidence)
{
    /// <summary>"China DEMANDS_FROM Taliban", "China NOT COOPERATES_WITH Taliban".</summary>
    public string Statement => $"{SubjectName} {(Claim.Negated ? "NOT " : "")}{Claim.Predicate} {ObjectName}";

    /// <summary>Distinct sentences asserting the claim.</summary>
    public int EvidenceCount => Evidence.Count;

    /// <summary>The directness of the strongest evidence sentence (0 without evidence).</summary>
    public double Directness => Evidence.Count == 0 ? 0 : Evidence[0].Sentence.Directness;
}
