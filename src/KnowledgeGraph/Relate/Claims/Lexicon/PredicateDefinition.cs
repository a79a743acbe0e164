using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// One predicate of the lexicon (gazetteers/predicates.yaml): its name, class, direction rules and trigger words.
/// Trigger lists hold the words as written in the file; <see cref="TriggerIndex"/> compiles them.
/// </summary>
internal sealed record PredicateDefinition
{
    /// <summary>UPPER_SNAKE name, also the Neo4j relationship type (HOSTS, LEADS, …).</summary>
    public required string Name { get; init; }

    /// <summary>One of <see cref="PredicateClasses.All"/>.</summary>
    public required string Class { get; init; }

    /// <summary>True when the relation reads the same both ways (MEETS, BORDERS); claims are then ordered by entity id.</summary>
    public bool Symmetric { get; init; }

    /// <summary>Entity types allowed as subject; empty = any.</summary>
    public IReadOnlyList<EntityType> SubjectTypes { get; init; } = [];

    /// <summary>Entity types allowed as object; empty = any.</summary>
    public IReadOnlyList<EntityType> ObjectTypes { get; init; } = [];

    /// <summary>Verb lemmas (one or more words); the first word is inflected by <see cref="Inflector"/>.</summary>
    public IReadOnlyList<string> Verbs { get; init; } = [];

    /// <summary>Extra verb forms used as written (irregular: met, led, built).</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>Prepositions that may introduce the object of a verb trigger.</summary>
    public IReadOnlyList<string> Preps { get; init; } = [];

    /// <summary>True (default) when a verb's object may follow without a preposition.</summary>
    public bool Direct { get; init; } = true;

    /// <summary>
    /// Verb lemmas, inflected like <see cref="Verbs"/>, whose object may follow without a preposition even when
    /// <see cref="Direct"/> is false: "engaged the Taliban", "courting New Delhi" beside "worked with China".
    /// </summary>
    public IReadOnlyList<string> DirectVerbs { get; init; } = [];

    /// <summary>
    /// Verb lemmas (or irregular forms), inflected like <see cref="Verbs"/>, that state a one-way predicate each way
    /// between coordinated subjects and only so: "Azerbaijan and Armenia fought over Nagorno-Karabakh".
    /// </summary>
    public IReadOnlyList<string> Reciprocal { get; init; } = [];

    /// <summary>
    /// Verb lemmas (or irregular forms), inflected like <see cref="Verbs"/>, by which the subject leaves the relation: the
    /// claim is negated ("Uzbekistan quit the CSTO").
    /// </summary>
    public IReadOnlyList<string> Exits { get; init; } = [];

    /// <summary>Nominal triggers "noun preposition" ("support for", "talks between").</summary>
    public IReadOnlyList<string> Nouns { get; init; } = [];

    /// <summary>Compound modifiers "X-backed Y" (X subject).</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>Compound modifiers "X-based Y" read right to left (Y subject).</summary>
    public IReadOnlyList<string> ModifiersReversed { get; init; } = [];

    /// <summary>Role nouns for "Chinese Foreign Minister Wang Yi" and "Abdul Haq, the leader of TIP".</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>True when "criticised Russia's actions" makes the possessor (Russia) the object. Default: false.</summary>
    public bool PossessorObject { get; init; }

    /// <summary>
    /// Event subtypes (gazetteer `subtype:` of an Event: war, attack) whose curated `agent` and `target` links state
    /// this predicate when the sentence names the event together with both parties ("Russia's invasion of Ukraine").
    /// </summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>
    /// Nouns of accusing ("allegations", "accusations"): the party named before them (or "made by Y" after) states the
    /// predicate towards the accused, read from a following that-clause or from the subject of a rebuttal verb
    /// (claim_cues `rebuttals`), who states it back ("Islamabad rejected Kabul's accusations").
    /// </summary>
    public IReadOnlyList<string> Accusations { get; init; } = [];

    /// <summary>
    /// Words that, after a verb of describing (claim_cues `describing`) and "as", state the predicate from the describer
    /// to the described ("Bolton characterized China's presence in Africa as predatory", "identified China as the
    /// biggest threat").
    /// </summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>
    /// Nouns that, after "anti-X", state the predicate from the party the phrase belongs to towards X: its possessor or
    /// the subject of the clause ("ISKP has put out far more anti-Chinese propaganda" → ISKP against China).
    /// </summary>
    public IReadOnlyList<string> Anti { get; init; } = [];

    /// <summary>
    /// Verbs of requesting (lemmas, inflected like <see cref="Verbs"/>) that state the predicate only when their object
    /// is followed by "to" and a verb: "asked China to conduct its own investigation", "calling for Washington to
    /// release the funds" (a plain "asked China about …" or "called for talks" states nothing).
    /// </summary>
    public IReadOnlyList<string> Requests { get; init; } = [];

    /// <summary>
    /// Role nouns that relate the party that is the role to the party whose role it is: "China is a major trade partner
    /// of Africa", "China, the largest investor in Zambia".
    /// </summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>
    /// Verbs of owing (lemmas, inflected like <see cref="Verbs"/>) whose subject owes the party after them, directly or
    /// after "to", which is the claim's subject: "Venezuela owes China about $50 billion" → China FUNDS Venezuela. Only
    /// with an amount or a money word (claim_cues `money`) beside them ("owes its rise to China" states nothing).
    /// </summary>
    public IReadOnlyList<string> Debts { get; init; } = [];

    /// <summary>
    /// Nouns for traded goods: a demonym before them or a name after "from" them is the origin, the party after the "to"
    /// that follows the destination ("bring Afghan pine nuts to the Chinese market" → Afghanistan and China).
    /// </summary>
    public IReadOnlyList<string> Goods { get; init; } = [];

    /// <summary>
    /// True when a place fronting the sentence is the object of a trigger that names none: "In Zambia, a Chinese-funded
    /// television project …" → China FUNDS Zambia. Default: false.
    /// </summary>
    public bool FrontedPlace { get; init; }

    /// <summary>
    /// True when what a verb of receiving takes states it from the giver to the recipient: "Kazakhstan embraced Chinese
    /// investment", "Pakistan thanked China for its support" (<c>received</c>). Default: false.
    /// </summary>
    public bool Received { get; init; }

    /// <summary>
    /// True when the parties do it face to face, so a person party doing it in a place of another country visits that
    /// place ("met Tokayev in Astana" → the guest VISITS Astana). Default: false.
    /// </summary>
    public bool InPerson { get; init; }

    /// <summary>
    /// True when a capital the object names is the city, even between states: "China sent a delegation to Kabul" visits
    /// Kabul, where "Beijing's closeness to Islamabad" relates China and Pakistan (<c>destinations</c>).
    /// </summary>
    public bool Destinations { get; init; }

    public string? Notes { get; init; }

    /// <summary>"file:line" of the definition, for explanations.</summary>
    public string? DefinedAt { get; init; }

    /// <summary>True when the entity may fill the subject role.</summary>
    public bool AllowsSubject(Entity entity) => SubjectTypes.Count == 0 || Contains(SubjectTypes, entity.Type);

    /// <summary>True when the entity may fill the object role.</summary>
    public bool AllowsObject(Entity entity) => ObjectTypes.Count == 0 || Contains(ObjectTypes, entity.Type);

    private static bool Contains(IReadOnlyList<EntityType> types, EntityType type)
    {
        for (int i = 0; i < types.Count; i++)
        {
            if (types[i] == type)
            {
                return true;
            }
        }

        return false;
    }
}
