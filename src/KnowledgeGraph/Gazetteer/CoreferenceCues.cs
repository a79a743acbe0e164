namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// The data of coreference within an article (gazetteers/coreference.yaml, top-level key `coreference:`): pronouns
/// and definite descriptions with the entity types they may refer to, the cues of an expletive "it", and the words
/// after which a mention is no subject. Empty when the file is absent: then nothing is resolved.
/// </summary>
internal sealed record CoreferenceCues
{
    public IReadOnlyList<CoreferenceRule> Pronouns { get; init; } = [];
    public IReadOnlyList<CoreferenceRule> Descriptions { get; init; } = [];
    public ExpletiveCues Expletive { get; init; } = ExpletiveCues.Empty;
    public IReadOnlySet<string> NotSubjectAfter { get; init; } = new HashSet<string>();
    /// <summary>Words after a mention that make it a subject ("… that Iran has used").</summary>
    public IReadOnlySet<string> SubjectBefore { get; init; } = new HashSet<string>();
    /// <summary>Prepositions that open a sentence's topic phrase ("For China, …"): the name after one, before a comma, counts as a subject.</summary>
    public IReadOnlySet<string> TopicOpeners { get; init; } = new HashSet<string>();

    /// <summary>
    /// Prepositions after which a description of two is an argument of its clause's verb ("mediate between the two
    /// neighbours", "relations with both neighbours"): the clause's subject is then not one of the two.
    /// </summary>
    public IReadOnlySet<string> ArgumentOpeners { get; init; } = new HashSet<string>();

    /// <summary>
    /// Nouns of what an envoy presents to the state that receives him ("accepted the credentials of its ambassador"): a
    /// possessive right after one and "of" means a name of its own sentence other than the subject, who receives them.
    /// </summary>
    public IReadOnlySet<string> Credentials { get; init; } = new HashSet<string>();
    /// <summary>Plural nouns after which a demonym names actors ("Chinese officials"): such a demonym may be the antecedent of "they".</summary>
    public IReadOnlySet<string> DemonymActors { get; init; } = new HashSet<string>();

    /// <summary>Relative pronouns (<c>relative_pronouns</c>): "the trade which", "the fighting that" end a noun phrase read back.</summary>
    public IReadOnlySet<string> RelativePronouns { get; init; } = new HashSet<string>();

    /// <summary>
    /// Descriptions that name a curated entity by its owner and kind though the article never names it ("Beijing's first
    /// overseas military base"): the words are the description's head, refers_to the entity's type and subtype.
    /// </summary>
    public IReadOnlyList<CoreferenceRule> Owned { get; init; } = [];
    /// <summary>Lemmas of verbs whose subject owns what their object describes ("China opened a new base").</summary>
    public IReadOnlySet<string> OwningVerbs { get; init; } = new HashSet<string>();
    /// <summary>Plural nouns for people that open a sentence unnamed ("Guerrillas killed …"): a "they" right after is theirs.</summary>
    public IReadOnlySet<string> UnnamedPlurals { get; init; } = new HashSet<string>();
    /// <summary>Words opening a clause inside a sentence ("when", "because"): a subject before one is no co-argument of an object pronoun after it.</summary>
    public IReadOnlySet<string> ClauseOpeners { get; init; } = new HashSet<string>();
    /// <summary>Conjunctions that after a comma open a clause of its own ("…, and trade between the two countries reached …").</summary>
    public IReadOnlySet<string> ClauseCoordinators { get; init; } = new HashSet<string>();
    /// <summary>Verbs whose object is the subject of the infinitive after it ("asked China to conduct its own investigation").</summary>
    public IReadOnlySet<string> ObjectControl { get; init; } = new HashSet<string>();
    /// <summary>Nouns that after "his" or "her" name the country the person serves ("his country had given aid").</summary>
    public IReadOnlySet<string> OwnCountry { get; init; } = new HashSet<string>();
    /// <summary>Nouns of a unit inside a country: "the authorities in the … provinces of" names their own authorities.</summary>
    public IReadOnlySet<string> LocalUnits { get; init; } = new HashSet<string>();

    /// <summary>Words that open a description of three or more parties as "the" does ("all three countries", "all four").</summary>
    public IReadOnlySet<string> GroupOpeners { get; init; } = new HashSet<string>();
    /// <summary>Verbs of saying whose subject a subject pronoun of the reported clause refers to ("Beijing said it would invest").</summary>
    public IReadOnlySet<string> Reporting { get; init; } = new HashSet<string>();
    /// <summary>Copulas after which a pronoun of a reported clause may stand for a thing, not the speaker ("said it was a mistake").</summary>
    public IReadOnlySet<string> ReportedCopulas { get; init; } = new HashSet<string>();

    /// <summary>
    /// Role nouns before which the bare noun of a description a body must hold in its name refers to that body ("ministry
    /// spokesman Humayoon Afghan").
    /// </summary>
    public IReadOnlySet<string> BodyRoles { get; init; } = new HashSet<string>();
    /// <summary>Words after which such a bare noun may stand ("a ministry spokesman", "another ministry spokesperson").</summary>
    public IReadOnlySet<string> BodyRoleOpeners { get; init; } = new HashSet<string>();

    /// <summary>
    /// Nouns of a description a body must hold in its name that, when no such body is near, mean the force of the state the
    /// article names most ("the army", "the military").
    /// </summary>
    public IReadOnlySet<string> StateForces { get; init; } = new HashSet<string>();

    /// <summary>
    /// Adjectives of a state's unit before the noun their rule is followed by ("Fayzabad, the provincial capital"): each
    /// refers to the unit of its kind the article names most before it (<c>UnitCapitals</c>).
    /// </summary>
    public IReadOnlyList<CoreferenceRule> UnitCapitals { get; init; } = [];

    /// <summary>
    /// Words after which "the" and a lower-case noun no description lists may end a description of a name's own last noun
    /// ("the consortium, whose", "the fund also"), besides punctuation, a possessive, a verb after subjects and a past form.
    /// </summary>
    public IReadOnlySet<string> NameNounFollowers { get; init; } = new HashSet<string>();

    /// <summary>Prepositions before a name that make it a route, not a party ("travel via Pakistan", "through Tajikistan").</summary>
    public IReadOnlySet<string> RoutePrepositions { get; init; } = new HashSet<string>();

    /// <summary>
    /// Verbs of mediating: a name right before one, hyphen-joined to one or after one and "by" ("Qatar and Turkey mediated a
    /// ceasefire", "a Qatar-brokered truce", "brokered by China") is a third party to the relation it mediates.
    /// </summary>
    public IReadOnlySet<string> Mediating { get; init; } = new HashSet<string>();

    public bool IsEmpty => Pronouns.Count == 0 && Descriptions.Count == 0;

    public static CoreferenceCues Empty { get; } = new();
}
