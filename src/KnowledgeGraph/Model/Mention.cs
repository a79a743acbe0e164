namespace KnowledgeGraph.Model;

/// <summary>
/// One entity mention: half-open [<see cref="Start"/>, <see cref="End"/>) offsets into the paragraph text,
/// the token range it covers and the index of its sentence in the paragraph.
/// Recognisers create mentions; resolvers may change <see cref="Entity"/>, <see cref="Kind"/> and <see cref="Confidence"/>.
/// A mention is copied with <see cref="Copy"/>, never field by field.
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

    /// <summary>
    /// A copy of this mention with the fields given changed and every other field kept: another span (a name that runs
    /// on over a surname, a body's name after its owner's possessive) or another reading (an entity the resolver or a
    /// recogniser put in its place, with its kind, confidence and candidates). A field added to the mention is kept
    /// here, so every copy keeps it. <see cref="Sentence"/> and <see cref="OwnerToken"/> are always kept.
    /// </summary>
    /// <param name="start">First character of the new span; null keeps <see cref="Start"/>.</param>
    /// <param name="end">End (exclusive) of the new span; null keeps <see cref="End"/>.</param>
    /// <param name="tokenStart">First token of the new span; null keeps <see cref="TokenStart"/>.</param>
    /// <param name="tokenEnd">End token (exclusive) of the new span; null keeps <see cref="TokenEnd"/>.</param>
    /// <param name="entity">The entity of the copy; null keeps <see cref="Entity"/>.</param>
    /// <param name="kind">The kind of the copy; null keeps <see cref="Kind"/>.</param>
    /// <param name="confidence">The confidence of the copy; null keeps <see cref="Confidence"/>.</param>
    /// <param name="candidates">The readings of the copy; null keeps <see cref="Candidates"/> (the same list).</param>
    public Mention Copy(
        int? start = null, int? end = null, int? tokenStart = null, int? tokenEnd = null, Entity? entity = null, MentionKind? kind = null,
        float? confidence = null, IReadOnlyList<MentionCandidate>? candidates = null) => new()
    {
        Start = start ?? Start,
        End = end ?? End,
        TokenStart = tokenStart ?? TokenStart,
        TokenEnd = tokenEnd ?? TokenEnd,
        Sentence = Sentence,
        Entity = entity ?? Entity,
        Kind = kind ?? Kind,
        Confidence = confidence ?? Confidence,
        Candidates = candidates ?? Candidates,
        OwnerToken = OwnerToken,
    };

    public override string ToString() => $"[{Start},{End}) {Entity.Id} ({Kind})";
}
