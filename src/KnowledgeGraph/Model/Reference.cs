namespace KnowledgeGraph.Model;

/// <summary>
/// A word or phrase that names no entity itself but refers to one the article names elsewhere: a personal or possessive
/// pronoun ("it", "its", "they"), or a definite description ("the group", "the country", "the two countries").
/// Half-open [<see cref="Start"/>, <see cref="End"/>) offsets into the paragraph text, like a <see cref="Mention"/>.
/// Found by the coreference step of Resolve; Relate reads references as claim arguments, and evidence keeps both the
/// reference's own words and its <see cref="Antecedent"/>.
/// </summary>
internal sealed class Reference
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required int TokenStart { get; init; }
    public required int TokenEnd { get; init; }
    /// <summary>Index of the sentence in the paragraph.</summary>
    public required int Sentence { get; init; }
    public required ReferenceKind Kind { get; init; }
    /// <summary>The entity referred to (that of <see cref="Antecedent"/>; for "the two countries", the first of them).</summary>
    public required Entity Entity { get; init; }
    /// <summary>The mention this reference resolves to (same paragraph or an earlier one of the same article).</summary>
    public required Mention Antecedent { get; init; }
    /// <summary>Index of the paragraph holding <see cref="Antecedent"/>.</summary>
    public required int AntecedentParagraph { get; init; }
    /// <summary>
    /// The other antecedents of a reference to several entities ("the two countries": the second country), each in
    /// the paragraph given by <see cref="OtherParagraphs"/> at the same position; empty for a reference to one.
    /// </summary>
    public IReadOnlyList<Mention> OtherAntecedents { get; init; } = [];
    /// <summary>Paragraph index of each of <see cref="OtherAntecedents"/>.</summary>
    public IReadOnlyList<int> OtherParagraphs { get; init; } = [];
    /// <summary>
    /// The country's demonym inside a description of a person by nationality and title ("Chinese" in "the Chinese
    /// leader"); null for other references. The demonym is then no party of its own: Relate reads the person as holding
    /// the title in that country.
    /// </summary>
    public Mention? Nationality { get; set; }
    /// <summary>
    /// True for a word that only qualifies the noun after it ("provincial" in "Fayzabad, the provincial capital": the
    /// province's): no claim argument of its own; Relate reads it with that noun.
    /// </summary>
    public bool Qualifier { get; init; }
    /// <summary>0..1. Only references at or above <see cref="Sure"/> count as mentions for co-mention edges.</summary>
    public float Confidence { get; init; } = 1f;

    /// <summary>The confidence from which a reference is sure enough to count as a mention of its entity.</summary>
    public const float Sure = 0.9f;

    /// <summary>True when the reference counts as a mention of its entity (<see cref="Confidence"/> at or above <see cref="Sure"/>).</summary>
    public bool IsSure => Confidence >= Sure;

    public override string ToString() => $"[{Start},{End}) {Kind} -> {Entity.Id}";
}
