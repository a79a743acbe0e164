using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// A mention a later reference may resolve to: the mention, the index of its paragraph, the article-wide number of its sentence
/// (body sentences counted in reading order), the body-paragraph number, and whether it looks like a subject. A
/// resolved reference is a candidate too (<see cref="Chained"/>: "It … it …"), standing for its own antecedent at
/// the reference's place.
/// </summary>
internal readonly record struct AntecedentCandidate(Mention Mention, int Paragraph, int Sentence, int BodyParagraph, bool Subject, bool Chained)
{
    public Entity Entity => Mention.Entity;

    /// <summary>True for a demonym heading a plural noun that names actors ("Chinese officials", "Afghan traders").</summary>
    public bool DemonymHead { get; init; }

    /// <summary>
    /// True for a people named by its plural demonym after "the" ("the Russians", "the Chinese"): an antecedent of
    /// "they" and "their" as a name is, never of "it"; for a chained candidate, a plural pronoun that refers to such a people.
    /// </summary>
    public bool People { get; init; }

    /// <summary>True when a preposition or conjunction comes right before the mention ("in Africa"): an unlikely antecedent.</summary>
    public bool AfterPreposition { get; init; }

    /// <summary>
    /// True for the agent of a passive verb ("The rally was organised by Atajurt"): the one who acts, though a
    /// preposition comes before it.
    /// </summary>
    public bool Agent { get; init; }

    /// <summary>
    /// True for a name joined by a hyphen to the word after it ("a Russia-initiated group", "Kremlin-backed forces"): it
    /// modifies the noun phrase and is rarely what a later pronoun means.
    /// </summary>
    public bool Modifier { get; init; }

    /// <summary>The first conjunct when this mention is the second of two names joined by "and" ("China and Russia").</summary>
    public Mention? Partner { get; init; }

    /// <summary>The first conjunct's paragraph index (see <see cref="Partner"/>).</summary>
    public int PartnerParagraph { get; init; }

    /// <summary>
    /// For the last name of a coordination, how many names it joins ("China, Afghanistan and Pakistan": 3; "China and
    /// Russia": 2); the others are the candidates right before it. 0 for any other mention.
    /// </summary>
    public int Listed { get; init; }

    /// <summary>True for either of two names joined by "and": no antecedent of "it", "he" or "the group".</summary>
    public bool Coordinated { get; init; }

    /// <summary>
    /// The description noun written right after the mention ("the Syrian regime", "Syria's government"): a later
    /// description with that noun ("the regime") prefers the entity the article named so.
    /// </summary>
    public string? Head { get; init; }

    /// <summary>
    /// True for a name the sentence casts as no party to a relation between two: a route ("via Pakistan") or a mediator
    /// ("Qatar and Turkey mediated a ceasefire"); no antecedent of a description of two ("the two countries").
    /// </summary>
    public bool ThirdParty { get; init; }

    /// <summary>For a chained candidate, the confidence of the reference it stands for; 1 otherwise.</summary>
    public float Confidence { get; init; } = 1f;
}
