namespace KnowledgeGraph.Model;

/// <summary>
/// One entity mention: half-open [<see cref="Start"/>, <see cref="End"/>) offsets into the paragraph text,
/// the token range it covers and the index of its sentence in the paragraph.
/// Recognisers create mentions; resolvers may change <see cref="Entity"/>, <see cref="Kind"/> and <see cref="Confidence"/>.
/// </summary>
internal sealed class Mention
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required int TokenStart { get; init; }
    public required int TokenEnd { get; init; }
    public required int Sentence { get; init; }
    public required Entity Entity { get; set; }
    public required MentionKind Kind { get; set; }
    /// <summary>0..1; curated names are 1, partial and discovered mentions lower.</summary>
    public float Confidence { get; set; } = 1f;
    /// <summary>
    /// Every reading the recogniser found for the span (Beijing the city and Beijing standing for China; two
    /// persons called Ghani). The resolver picks one into <see cref="Entity"/>; the rest stay for explanation.
    /// </summary>
    public IReadOnlyList<MentionCandidate> Candidates { get; set; } = [];

    /// <summary>
    /// For a <see cref="MentionKind.Described"/> mention, the first token of the owner the description was resolved by
    /// (a country's possessive, demonym or possessive pronoun before it, or the subject of the verb that set it up);
    /// -1 for every other mention.
    /// </summary>
    public int OwnerToken { get; init; } = -1;

    public int Length => End - Start;

    public override string ToString() => $"[{Start},{End}) {Entity.Id} ({Kind})";
}
