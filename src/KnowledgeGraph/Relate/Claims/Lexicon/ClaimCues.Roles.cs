namespace KnowledgeGraph.Relate.Claims.Lexicon;

// The cues of roles, titles and offices: who holds an office, of what, and how it is named.
internal sealed partial class ClaimCues
{
    /// <summary>Nouns after a demonym or possessive that make it an actor: "Chinese officials", "Pakistan's military".</summary>
    public PhraseIndex<string> Actors { get; }

    /// <summary>Words allowed between an organisation and a title: then, former, acting.</summary>
    public PhraseIndex<string> TitleModifiers { get; }

    /// <summary>Words that make a head's title a deputy's ("vice chairman", "deputy head").</summary>
    public PhraseIndex<string> Deputies { get; }

    /// <summary>Words before a title that say when or how the office is held: "former", "acting", "then-".</summary>
    public PhraseIndex<string> TenureWords { get; }

    /// <summary>Each word of a title written in several forms, mapped to its group's first ("spokesman" → "spokesperson").</summary>
    public IReadOnlyDictionary<string, string> TitleSynonyms { get; }

    /// <summary>Head titles that name whoever leads a body, whatever the office: "the Russian leader".</summary>
    public PhraseIndex<string> GenericHeads { get; }

    /// <summary>Lower-case portfolio words before an office's title: "health" in "a provincial health official".</summary>
    public PhraseIndex<string> Portfolios { get; }

    /// <summary>Honorifics a name's mention leaves out: "Mawlawi" in "Balkh's governor, Mawlawi Nasrullah Mudabir".</summary>
    public PhraseIndex<string> Honorifics { get; }

    /// <summary>Participles of appointing glued after who appointed: "Taliban-appointed" in "Balkh's Taliban-appointed governor".</summary>
    public PhraseIndex<string> Appointing { get; }

    /// <summary>Titles of a profession ("scholar", "analyst"): after a country's demonym they state nationality, not an office.</summary>
    public PhraseIndex<string> Professions { get; }

    /// <summary>Verbs of academic work a person does at a body: "who studies South Asia at Renmin University".</summary>
    public PhraseIndex<string> AcademicWork { get; }

    /// <summary>Role nouns whose possessor owns or employs the holder: "the Taliban's state rail operator" operates nothing of the Taliban's.</summary>
    public PhraseIndex<string> OwnedRoles { get; }

    /// <summary>Verbs that "as" and a title after them make a copula: "X served as president of Y".</summary>
    public PhraseIndex<string> Serving { get; }

    /// <summary>
    /// Verbs after a relative pronoun that join its antecedent to a title after them: "CPEC, a web of roads … that is the
    /// flagship of …".
    /// </summary>
    public PhraseIndex<string> RelativeCopulas { get; }

    /// <summary>Nouns of a time in office that a person's possessive and "as" join to a title: "his third term as leader".</summary>
    public PhraseIndex<string> Tenures { get; }

    /// <summary>
    /// Words before a person that "as" and a title complete into the person's office: "elected X as president",
    /// "the appointment of X as foreign minister", "X succeeded Y as president".
    /// </summary>
    public PhraseIndex<string> OfficeTaking { get; }

    /// <summary>Titles of a head of state or government: "President Paul Kagame" in an article about Rwanda.</summary>
    public PhraseIndex<string> StateHeads { get; }

    /// <summary>Titles of a state's other offices: "Vice President Daniel Arap Moi" in an article about Kenya.</summary>
    public PhraseIndex<string> StateOffices { get; }

    /// <summary>Office nouns a capitalised portfolio may stand before: "Digital Development Minister" (claim_cues <c>portfolio_offices</c>).</summary>
    public PhraseIndex<string> PortfolioOffices { get; }

    /// <summary>Role nouns of a predicate's <c>partners</c> that relate states and bodies, never a person (claim_cues <c>state_roles</c>).</summary>
    public PhraseIndex<string> StateRoles { get; }

    /// <summary>Nouns for the holder of the same office in another state: "his Russian counterpart Vladimir Putin".</summary>
    public PhraseIndex<string> Counterparts { get; }

    /// <summary>Nouns of what a head leads after the head's name: "the Trump administration", "the Karimov era".</summary>
    public PhraseIndex<string> LedNouns { get; }

    /// <summary>Phrases of taking a state's power: the person who does leads the one state the sentence names.</summary>
    public PhraseIndex<string> PowerTaking { get; }

    /// <summary>Verbs of bringing a person to power: "brought Jean-Bedel Bokassa to power".</summary>
    public PhraseIndex<string> PowerBringing { get; }

    /// <summary>Verbs of winning a contest: "X won the presidential election".</summary>
    public PhraseIndex<string> ElectionWins { get; }

    /// <summary>Contests whose winner heads the state they are held in: "presidential election", "presidential runoff".</summary>
    public PhraseIndex<string> ElectedHeads { get; }

    /// <summary>Words naming an election or a match: "polls", "runoff", "World Cup".</summary>
    public PhraseIndex<string> Contests { get; }

    /// <summary>Verbs of beating a rival that state a contest, not an attack, in a sentence naming a contest: "defeated BANDA at the polls".</summary>
    public PhraseIndex<string> ContestVerbs { get; }

    /// <summary>Words of succession right before a person who held the office succeeded to: "His successor, Shavkat Mirziyoyev", "succeeding Islam Karimov".</summary>
    public PhraseIndex<string> SuccessionWords { get; }
}
