namespace KnowledgeGraph.Query;

/// <summary>
/// One sentence asserting a claim: the sentence (with its directness for the claim's two entities), the trigger and
/// confidence read in it, the time it states (null when it states none), and the claim's half-open span in the line.
/// </summary>
internal sealed record ClaimEvidence(EvidenceSentence Sentence, string Trigger, double Confidence, string? Time, int Start, int End);
