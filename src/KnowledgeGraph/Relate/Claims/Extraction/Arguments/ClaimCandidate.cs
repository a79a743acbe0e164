namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// What a reader found for one trigger: subject and object mentions (view indices), the rule's weight, the token
/// window [<see cref="NegationFrom"/>, <see cref="NegationTo"/>) where a negation cue negates the claim, and an
/// optional qualifier (a role title). <see cref="Negated"/>, when set, is the negation read from the parse and replaces
/// the token window. <see cref="Alleged"/>, when set, hedges the claim whatever cues its evidence holds (an act a charge
/// lays on a party named before the charge).
/// </summary>
internal readonly record struct ClaimCandidate(int Subject, int Object, float Weight, int NegationFrom, int NegationTo, string? Qualifier)
{
    public bool? Negated { get; init; }

    public bool Alleged { get; init; }

    /// <summary>
    /// When set, only a hedge cue up to the trigger's end hedges the claim: what follows it is the content of a threat or a
    /// vow ("warned that Islamabad could again strike …"), whose modal does not make the threat itself uncertain.
    /// </summary>
    public bool HedgedToTrigger { get; init; }
}
