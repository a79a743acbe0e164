namespace KnowledgeGraph.Relate.Claims.Lexicon;

// The cues of relations between parties and verbal cooperation: ties, talks, agreements, mediation and acting together.
internal sealed partial class ClaimCues
{
    /// <summary>Nouns of a relation between parties ("relations", "ties"), asserted only as the sentence asserts them.</summary>
    public IReadOnlyList<string> RelationNounWords { get; }

    /// <summary><see cref="RelationNounWords"/> in a phrase index, which rejects most words by length and first letter.</summary>
    public PhraseIndex<string> RelationNouns { get; }

    /// <summary>Modifiers of a relation noun that make it ALLIED_WITH: "close ties", "a special relationship".</summary>
    public IReadOnlyList<string> RelationClose { get; }

    /// <summary>Modifiers that assert a relation: "strong ties", "warm relations".</summary>
    public IReadOnlyList<string> RelationPositive { get; }

    /// <summary>Modifiers that deny it: "tense relations", "a complicated relationship".</summary>
    public IReadOnlyList<string> RelationNegative { get; }

    /// <summary>Lemmas of verbs that assert a relation noun they govern: "maintained ties with", "sought a closer relationship".</summary>
    public IReadOnlyList<string> RelationVerbs { get; }

    /// <summary>Verbs by which coordinated parties hold a symmetric relation named by a noun: "Kazakhstan and China share a long border".</summary>
    public PhraseIndex<string> HavingVerbs { get; }

    /// <summary>Verbs by which a relation named right before them grows better: "Relations between Bishkek and Dushanbe have improved".</summary>
    public PhraseIndex<string> Improvements { get; }

    /// <summary>Verbs by which relations between two parties end, not only sour: "Relations between Pakistan and the Taliban have collapsed".</summary>
    public PhraseIndex<string> RelationEnds { get; }

    /// <summary>Nouns of the end of relations between two parties, before "in" or "of": "the eventual breakdown in relations between Paris and Bamako".</summary>
    public PhraseIndex<string> RelationEndNouns { get; }

    /// <summary>Verbs by which a relation named before them ends: "the wider China-India relationship fell apart".</summary>
    public PhraseIndex<string> Breakdowns { get; }

    /// <summary>Verbs that end what the noun after them names: "China ended its support for the Taliban" is negated.</summary>
    public PhraseIndex<string> Endings { get; }

    /// <summary>Forms of a verb of agreeing: parties that agree "to" and a verb act together (claim_cues <c>agreeing</c>).</summary>
    public PhraseIndex<string> Agreeing { get; }

    /// <summary>Sources named by the talks they know of ("familiar with the talks"): claim_cues <c>talks_sources</c>.</summary>
    public PhraseIndex<string> TalksSources { get; }

    /// <summary>Verbs of bringing a topic up, before it and "with" a party: "raised the issue with Muttaqi".</summary>
    public PhraseIndex<string> TopicRaising { get; }

    /// <summary>Verbs of placing a telephone call: with an infinitive after their object, the call states that act ("telephoned Li Qiang to offer condolences").</summary>
    public PhraseIndex<string> Phoning { get; }

    /// <summary>Nouns of a level or mood that a verb of <see cref="TopicRaising"/> raises: "raised tensions with India".</summary>
    public PhraseIndex<string> RaisedLevels { get; }

    /// <summary>Phrases of talking by telephone: "by phone", "in a phone call".</summary>
    public PhraseIndex<string> PhoneMeans { get; }

    /// <summary>Verbs of addressing someone that a phrase of <see cref="PhoneMeans"/> makes a telephone conversation: "told", "spoke".</summary>
    public PhraseIndex<string> CallingVerbs { get; }

    /// <summary>Verbs by which a state or person convenes parties: "brought together officials from Afghanistan and Pakistan".</summary>
    public PhraseIndex<string> Convening { get; }

    /// <summary>Verbs of welcoming: a project welcomed is supported, not hosted ("Xi had welcomed the project").</summary>
    public PhraseIndex<string> Welcoming { get; }

    /// <summary>Participles of brokering talks or a deal: "the US-brokered Abraham Accords", "brokered by the US".</summary>
    public PhraseIndex<string> Brokering { get; }

    /// <summary>Nouns of mediating after a mediator's demonym or possessive: "under Qatari and Turkish mediation".</summary>
    public PhraseIndex<string> MediationNouns { get; }

    /// <summary>Nouns of an envoy's papers: "credentials" in "Xi Jinping received Bilal Karimi's credentials".</summary>
    public PhraseIndex<string> Credentials { get; }

    /// <summary>Verbs of accepting an envoy's papers, every form: "received" in "received Bilal Karimi's credentials".</summary>
    public PhraseIndex<string> Accepting { get; }

    /// <summary>Verbs of presenting an envoy's papers, every form: "presented" in "Zhao presented his credentials to Akhund".</summary>
    public PhraseIndex<string> Presenting { get; }

    /// <summary>
    /// Verbs of forming, running or holding a joint act or body, every form written out: their subjects, two or more named
    /// together, cooperate ("Russia's FSB and Kyrgyzstan's State Committee for National Security run a joint task force").
    /// </summary>
    public PhraseIndex<string> JointActVerbs { get; }

    /// <summary>Adverbs by which parties act as one: "the two sides said they would jointly combat the BLA" (COOPERATES_WITH).</summary>
    public PhraseIndex<string> JointAdverbs { get; }

    /// <summary>
    /// Verbs of naming someone something: their object, a description of two parties, holds the plural partner role after
    /// it between the two ("He called the two countries \"all-weather strategic cooperative partners\"").
    /// </summary>
    public PhraseIndex<string> NamingVerbs { get; }

    /// <summary>Words that set a person beside another at what the clause's subject does: "opened the facility alongside Nooruddin Azizi".</summary>
    public PhraseIndex<string> SideBySide { get; }
}
